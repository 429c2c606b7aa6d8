package org.oas.tip.stack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code ./stack} command. Without a command (or with {@code up}) it builds the applications whose sources changed
 * ({@link ModuleBuild}), starts the stack and runs it until Ctrl-C; {@code status}, {@code stop <name>},
 * {@code start <name>}, {@code restart <name>}, {@code kill <name>}, {@code pause <name>}, {@code resume <name>} and
 * {@code mail} (the inbox of the stack's SMTP server; {@code mail clear} empties it) talk to a running stack through its
 * {@link ControlServer}.
 */
final class StackCommand {

    static final String USAGE = """
            usage: ./stack [up] [--without <application>[,<application>...]] [--no-build] [--port-base <port>] [--home <dir>]
                   ./stack status | stop <name> | start <name> | restart <name>   [--port-base <port>]
                   ./stack kill <name> | pause <name> | resume <name>   (SIGKILL, SIGSTOP, SIGCONT: to see how the rest copes)
                   ./stack mail [clear]   the mail Keycloak and the services sent (to any address), newest last; clear empties it
              applications: %s; the mail server is part mail
              --port-base   the gateway's port, the others follow from it (default 8080: services 8081-8083, management
                            interfaces 8090-8093, SMTP 8105, IMAP 8123, Keycloak 8180)
              --home        the stack's state: PostgreSQL data, Keycloak, logs (default .stack)
              --no-build    start what is built even if its sources changed
            """.formatted(String.join(", ", LocalStack.APPLICATIONS));

    private StackCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        List<String> without = new ArrayList<>();
        boolean build = Boolean.parseBoolean(System.getProperty("tip.build", "true"));
        if (!System.getProperty("stack.without", "").isBlank()) {
            without.addAll(Arrays.asList(System.getProperty("stack.without").split(",")));
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--without" -> without.addAll(Arrays.asList(value(args, ++i).split(",")));
                case "--no-build" -> build = false;
                case "--port-base" -> System.setProperty("tip.port-base", value(args, ++i));
                case "--home" -> System.setProperty("tip.stack-home", value(args, ++i));
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> positional.add(args[i]);
            }
        }
        String command = positional.isEmpty() ? "up" : positional.get(0);
        switch (command) {
            case "up" -> up(without.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), build);
            case "status" -> System.exit(send("GET", "/parts"));
            case "mail" -> System.exit(mail(positional.subList(1, positional.size())));
            case "stop", "start", "restart", "kill", "pause", "resume" -> {
                if (positional.size() != 2) {
                    fail(command + " needs the name of one part, e.g. ./stack " + command + " registry-service");
                }
                System.exit(send("POST", "/parts/" + positional.get(1) + "/" + command));
            }
            default -> fail("unknown command " + command);
        }
    }

    private static void up(List<String> without, boolean build) throws InterruptedException {
        StackConfig config = StackConfig.fromSystemProperties();
        LocalStack stack = new LocalStack(config).without(without);
        if (build) {
            List<String> modules = LocalStack.APPLICATIONS.stream().filter(a -> !without.contains(a)).toList();
            long t0 = System.nanoTime();
            List<String> built = new ModuleBuild(config.repo()).buildStale(modules);
            System.out.printf(built.isEmpty() ? "- applications up to date (checked in %.1f s)%n" : "- built in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            stack.buildingWhatChanged();
        }
        ControlServer control = ControlServer.start(config, stack);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the stack ...");
            control.close();
            stack.close();
            stopped.countDown();
        }));
        try {
            stack.start();
        } catch (RuntimeException e) {
            control.close();
            throw e;
        }
        System.out.println(Banner.text(stack.config()));
        stopped.await();
    }

    /** Sends one command to the running launcher, prints its answer and gives the exit status. */
    private static int send(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = call(method, path);
        if (response == null) {
            return 1;
        }
        System.out.print(response.body());
        return response.statusCode() == 200 ? 0 : 1;
    }

    /** {@code ./stack mail} prints the inbox readably; {@code ./stack mail clear} empties it. */
    private static int mail(List<String> args) throws IOException, InterruptedException {
        if (args.equals(List.of("clear"))) {
            return send("DELETE", "/mail");
        }
        if (!args.isEmpty()) {
            fail("mail takes nothing or clear");
        }
        HttpResponse<String> response = call("GET", "/mail");
        if (response == null) {
            return 1;
        }
        if (response.statusCode() != 200) {
            System.out.print(response.body());
            return 1;
        }
        System.out.print(Mailbox.readable(Mailbox.parse(response.body()), portBase() + 25));
        return 0;
    }

    /** One call to the running launcher's control port; null (said on stderr) when no stack runs with this port base. */
    private static HttpResponse<String> call(String method, String path) throws IOException, InterruptedException {
        int port = portBase() + 99;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(15)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            System.err.println("no stack is running with this port base (nothing on control port " + port + "); start one with ./stack");
            return null;
        }
    }

    private static int portBase() {
        return Integer.getInteger("tip.port-base", StackConfig.DEFAULT_PORT_BASE);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.print(message + "\n" + USAGE);
        System.exit(2);
    }
}

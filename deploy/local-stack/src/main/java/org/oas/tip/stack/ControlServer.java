package org.oas.tip.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The running launcher's control port, on the loopback interface only ({@link StackConfig#controlPort}): {@code GET /parts}
 * lists what runs, {@code POST /parts/<name>/stop|start|restart} acts on one part and answers once it is done (a start
 * once the part is healthy); {@code kill}, {@code pause} and {@code resume} crash, freeze and unfreeze an application
 * (the durability tests do). {@code GET /mail} gives the stack's inbox as JSON and {@code DELETE /mail} empties it
 * ({@link Mailbox}). {@code ./stack status|stop|start|restart <name>} and {@code ./stack mail} call it; so can curl.
 * Commands run one at a time, in the order they arrive.
 */
final class ControlServer implements AutoCloseable {

    static final String COMMANDS = "stop, start, restart, kill (SIGKILL), pause (SIGSTOP) or resume (SIGCONT)";

    private final HttpServer server;

    private ControlServer(HttpServer server) {
        this.server = server;
    }

    /** Binds the port (failing when another stack holds it) and serves {@code stack}. */
    static ControlServer start(StackConfig config, LocalStack stack) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.controlPort()), 0);
            server.createContext("/parts", exchange -> handle(stack, exchange));
            server.createContext("/mail", exchange -> mail(stack.mailbox(), exchange));
            server.start();
            return new ControlServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on the control port " + config.controlPort()
                    + " (is a stack with this port base running already?)", e);
        }
    }

    private static void handle(LocalStack stack, HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().replaceAll("/+$", "").split("/");
        String method = exchange.getRequestMethod();
        int status = 200;
        String body;
        try {
            if (path.length == 2 && method.equals("GET")) {
                body = String.join("\n", stack.status());
            } else if (path.length == 4 && method.equals("POST")) {
                String name = path[2];
                if (!stack.names().contains(name)) {
                    status = 404;
                    body = "no part named " + name + "; one of " + stack.names();
                } else {
                    body = switch (path[3]) {
                        case "stop" -> done(name, "stopped", stack.stop(name));
                        case "start" -> done(name, "started", stack.start(name));
                        case "restart" -> done(name, "restarted", stack.restart(name));
                        case "kill" -> done(name, "killed", stack.kill(name));
                        case "pause" -> done(name, "paused", stack.pause(name));
                        case "resume" -> done(name, "resumed", stack.resume(name));
                        default -> null;
                    };
                    if (body == null) {
                        status = 404;
                        body = "unknown command " + path[3] + "; " + COMMANDS;
                    }
                }
            } else {
                status = 404;
                body = "GET /parts, or POST /parts/<name>/<command>, command one of " + COMMANDS;
            }
        } catch (RuntimeException e) {
            status = 500;
            body = "failed: " + e.getMessage();
        }
        respond(exchange, status, "text/plain", body);
    }

    private static void mail(Mailbox mailbox, HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!exchange.getRequestURI().getPath().replaceAll("/+$", "").equals("/mail") || !(method.equals("GET") || method.equals("DELETE"))) {
            respond(exchange, 404, "text/plain", "GET /mail lists the stack's inbox, DELETE /mail empties it");
        } else if (!mailbox.isOpen()) {
            respond(exchange, 503, "text/plain", "the mail server is stopped; ./stack start " + MailServer.NAME);
        } else {
            try {
                if (method.equals("DELETE")) {
                    mailbox.clear();
                    respond(exchange, 200, "text/plain", "inbox emptied");
                } else {
                    respond(exchange, 200, "application/json", Mailbox.json(mailbox.messages()));
                }
            } catch (RuntimeException e) {
                respond(exchange, 500, "text/plain", "failed: " + e.getMessage());
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String done(String name, String what, Duration took) {
        System.out.printf("- %s %s (%.1f s)%n", name, what, took.toMillis() / 1e3);
        return String.format("%s %s (%.1f s)", name, what, took.toMillis() / 1e3);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

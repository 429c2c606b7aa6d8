package org.oas.tip.stack;

import org.oas.tip.postgres.LocalPostgres;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

/**
 * The whole system on one machine: PostgreSQL, the stack's mail server ({@link MailServer}, which Keycloak sends
 * through), Keycloak, the servers a feature added ({@link ExtraServer}), the three services and the gateway, started in
 * that order, each waited for until healthy, and all stopped together. While it
 * runs, each application, extra server or extra instance can be stopped, started and restarted alone by its name
 * ({@link #stop}, {@link #start(String)}, {@link #restart}; from another terminal through {@link ControlServer}), and
 * killed, paused and resumed to see how the others cope ({@link #kill}, {@link #pause}, {@link #resume}), and
 * applications can be left out from the start ({@link #without}) to run them in dev mode instead.
 */
public final class LocalStack implements AutoCloseable {

    static final List<String> DATABASES = List.of("questionnaire", "registry", "analytics");
    /** The project's applications, by module name, in the order the stack starts them (the gateway last). */
    public static final List<String> APPLICATIONS = List.of("questionnaire-service", "registry-service", "analytics-service", "gateway");

    private final StackConfig config;
    /** PostgreSQL and Keycloak, which live as long as the stack. */
    private final Deque<AutoCloseable> infrastructure = new ConcurrentLinkedDeque<>();
    /** Everything startable by name, in the order of its first start (read without the stack's lock by {@link #close}). */
    private final Map<String, Part> parts = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> without = new LinkedHashSet<>();
    private final List<ExtraServer> extras = new ArrayList<>();
    /** What the mail server took, for {@code ./stack mail}; it reads the running server, so it outlives a restart of it. */
    private final Mailbox mailbox = new Mailbox();
    private final Applications applications;
    private ModuleBuild build;

    public LocalStack(StackConfig config) {
        this.config = config;
        this.applications = new Applications(config, extras);
    }

    public StackConfig config() {
        return config;
    }

    /** The inbox of the stack's mail server (empty while the server is stopped). */
    Mailbox mailbox() {
        return mailbox;
    }

    /** Leaves these applications out of {@link #start()} (they can be started later by name, or run in dev mode). */
    public LocalStack without(Collection<String> applications) {
        for (String name : applications) {
            if (!APPLICATIONS.contains(name)) {
                throw new IllegalArgumentException("unknown application " + name + "; one of " + APPLICATIONS);
            }
        }
        without.addAll(applications);
        return this;
    }

    /** Runs this server too, started before the services, which get its {@link ExtraServer#serviceEnv}. */
    public LocalStack with(ExtraServer extra) {
        extras.add(extra);
        return this;
    }

    /** Makes a restart build its application first when its sources changed (the developer's stack; tests never build). */
    LocalStack buildingWhatChanged() {
        this.build = new ModuleBuild(config.repo());
        return this;
    }

    /** Starts every part and returns once all are healthy; on failure stops what it started. */
    public synchronized LocalStack start() {
        try {
            long t0 = System.nanoTime();
            step("PostgreSQL on port " + config.postgresPort(), () -> {
                LocalPostgres pg = LocalPostgres.start(config.home().resolve("postgres/data"), config.home().resolve("postgres/bin"),
                        config.postgresPort(), true);
                infrastructure.push(pg);
                DATABASES.forEach(pg::ensureDatabase);
            });
            Part mail = new Part(new MailServer(mailbox));
            parts.put(mail.name, mail);
            step("mail server, SMTP on port " + config.smtpPort() + ", IMAP on port " + config.imapPort(), mail::start);
            step("Keycloak on port " + config.keycloakPort() + " (first start builds and imports the realm, ~90 s)",
                    () -> infrastructure.push(new KeycloakServer(config).start()));
            for (ExtraServer extra : extras) {
                Part part = new Part(extra);
                parts.put(part.name, part);
                step(extra.name(), part::start);
            }
            List<Part> services = APPLICATIONS.stream().filter(a -> !a.equals("gateway")).map(a -> new Part(applications.application(a))).toList();
            services.forEach(p -> parts.put(p.name, p));
            List<Part> starting = services.stream().filter(p -> !without.contains(p.name)).toList();
            if (!starting.isEmpty()) {
                step(starting.stream().map(p -> p.name).collect(Collectors.joining(", ")), () -> {
                    starting.forEach(Part::launch);
                    starting.forEach(Part::awaitReady);
                });
            }
            Part gateway = new Part(applications.application("gateway"));
            parts.put(gateway.name, gateway);
            if (!without.contains(gateway.name)) {
                step("gateway on port " + config.gatewayPort(), gateway::start);
            }
            for (String left : without) {
                System.out.println("- " + left + " left out; run it yourself beside the stack, e.g. in dev mode:\n    " + applications.devModeCommand(left));
            }
            System.out.printf("Stack ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops one part (an application, extra server or extra instance) and returns how long that took. */
    public synchronized Duration stop(String name) {
        long t0 = System.nanoTime();
        part(name).stop();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Kills one application or instance at once (SIGKILL, as a crash would: nothing it held in memory is saved, no
     * shutdown runs) and returns once it is gone; it is then stopped, and {@link #start(String)} starts it again. An extra
     * server is stopped.
     */
    public synchronized Duration kill(String name) {
        long t0 = System.nanoTime();
        part(name).kill();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Freezes one application or instance (SIGSTOP): connections to it open, but it answers nothing until {@link #resume}. */
    public synchronized Duration pause(String name) {
        long t0 = System.nanoTime();
        part(name).process("pause").pause();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Lets a paused application or instance run on (SIGCONT). */
    public synchronized Duration resume(String name) {
        long t0 = System.nanoTime();
        part(name).process("resume").resume();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Starts one stopped (or left-out) part and returns once it is healthy. */
    public synchronized Duration start(String name) {
        long t0 = System.nanoTime();
        Part part = part(name);
        if (part.running == null) {
            buildIfStale(part);
            part.start();
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Stops one part, builds it again if its sources changed (developer's stack only), starts it and waits until healthy. */
    public synchronized Duration restart(String name) {
        long t0 = System.nanoTime();
        Part part = part(name);
        part.stop();
        buildIfStale(part);
        part.start();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Starts another instance of an application on another port, with the same database and settings (the gateway keeps
     * routing to the first); returns its name ({@code <application>@<port>}), by which it is stopped and restarted.
     */
    public synchronized String startInstance(String application, int port) {
        Part part = new Part(applications.application(application).instance(application + "@" + port, port));
        if (parts.putIfAbsent(part.name, part) != null) {
            throw new IllegalArgumentException(part.name + " exists already");
        }
        part.start();
        return part.name;
    }

    /** Starts a server a feature needs beside the running stack (services started before do not get its environment). */
    public synchronized void startExtra(ExtraServer extra) {
        Part part = new Part(extra);
        if (parts.putIfAbsent(part.name, part) != null) {
            throw new IllegalArgumentException(part.name + " exists already");
        }
        part.start();
    }

    /** One line per part: name, state, and port or process id. */
    public synchronized List<String> status() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-28s %s", "postgres", "running on port " + config.postgresPort()));
        lines.add(String.format("%-28s %s", "keycloak", "running on port " + config.keycloakPort()));
        List.copyOf(parts.values()).forEach(p -> lines.add(String.format("%-28s %s", p.name, p.describe())));
        return lines;
    }

    /** Names of the parts that can be stopped, started and restarted. */
    public List<String> names() {
        synchronized (parts) {
            return List.copyOf(parts.keySet());
        }
    }

    private Part part(String name) {
        Part part = parts.get(name);
        if (part == null) {
            throw new IllegalArgumentException("no part named " + name + "; one of " + parts.keySet());
        }
        return part;
    }

    private void buildIfStale(Part part) {
        if (build != null && part.service != null) {
            build.buildStale(List.of(part.service.module()));
        }
    }

    private void step(String what, Runnable action) {
        long t0 = System.nanoTime();
        System.out.print("- " + what + " ");
        System.out.flush();
        action.run();
        System.out.printf(" ready (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Stops everything in the reverse order of starting (also while a start is under way: Ctrl-C). */
    @Override
    public void close() {
        List<Part> reversed;
        synchronized (parts) {
            reversed = new ArrayList<>(parts.values());
        }
        Collections.reverse(reversed);
        reversed.forEach(Part::stop);
        while (!infrastructure.isEmpty()) {
            try {
                infrastructure.pop().close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e.getMessage());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StackCommand.main(args);
    }

    /** An application, an instance of one, or an extra server, and its process or handle while it runs. */
    private final class Part {

        final String name;
        final QuarkusService service;
        final ExtraServer extra;
        AutoCloseable running;

        Part(QuarkusService service) {
            this.name = service.name();
            this.service = service;
            this.extra = null;
        }

        Part(ExtraServer extra) {
            this.name = extra.name();
            this.service = null;
            this.extra = extra;
        }

        /** Starts it and waits until it is healthy. */
        void start() {
            if (service != null) {
                launch();
                awaitReady();
                return;
            }
            try {
                running = extra.start(config);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not start " + name, e);
            }
        }

        void launch() {
            running = service.start(config);
        }

        void awaitReady() {
            try {
                service.awaitReady((ChildProcess) running);
            } catch (RuntimeException e) {
                stop();
                throw e;
            }
        }

        void stop() {
            if (running == null) {
                return;
            }
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("while stopping " + name + ": " + e.getMessage());
            } finally {
                running = null;
            }
        }

        void kill() {
            if (running instanceof ChildProcess process) {
                process.kill();
                running = null;
            } else {
                stop();
            }
        }

        /** Its running process, for {@code what} (pause, resume), which only a running application or instance allows. */
        ChildProcess process(String what) {
            if (running instanceof ChildProcess process && process.isAlive()) {
                return process;
            }
            throw new IllegalStateException(running == null ? name + " is not running" : "only an application can " + what + ", not " + name);
        }

        String describe() {
            if (running == null) {
                return "stopped";
            }
            if (running instanceof ChildProcess process) {
                return (process.isAlive() ? process.isPaused() ? "paused" : "running" : "DIED (see its log)") + (service != null
                        ? " on port " + service.port() + " (management " + service.managementPort() + ")" : "")
                        + ", pid " + process.pid();
            }
            return "running" + (extra != null ? extra.where(config) : "");
        }
    }
}

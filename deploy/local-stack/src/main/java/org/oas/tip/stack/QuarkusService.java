package org.oas.tip.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the project's packaged Quarkus applications, run from its {@code target/quarkus-app} with the AppCDS archive
 * the build made there (it only maps when started from that folder, with the class path it was built with).
 *
 * @param jvmOptions heap, collector and compiler settings (see {@link #SERVICE_JVM}, {@link #ANALYTICS_JVM} and {@link #GATEWAY_JVM})
 * @param readyPath  what answers 200 once it can serve, on its management interface ({@link #managementPort}): a
 *                   service's readiness (its database and identity provider), the gateway's liveness (its readiness also
 *                   needs every service, and one may be left out or restarting)
 */
record QuarkusService(String name, String module, int port, Map<String, String> env, List<String> jvmOptions, String readyPath) {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";

    /**
     * A small heap that grows only as needed, and the client compiler only: a service starts in about 3 s with
     * about 175 MB resident on a 2-core machine (bench/startup.sh).
     */
    static final List<String> SERVICE_JVM = List.of("-Xms24m", "-Xmx128m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=48m");
    /**
     * The analytics service holds a whole cycle in memory while it freezes and computes it: a registry 100 times the
     * baseline (35,000 instruments) does not fit in 128 MB. The heap still starts small and shrinks back after a job. It
     * keeps the optimizing compiler: a snapshot of 100 times the baseline parses and writes tens of megabytes of JSON, and
     * the client compiler's code is slower at that once warm (bench/analytics-snapshot.sh; figures in issue 10's note).
     */
    static final List<String> ANALYTICS_JVM = List.of("-Xms24m", "-Xmx512m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:+UseSerialGC", "-Xss512k");
    /** The registry keeps the optimizing compiler too: it writes a cycle's snapshot read (35,000 instruments at 100 times). */
    static final List<String> REGISTRY_JVM = List.of("-Xms24m", "-Xmx128m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:+UseSerialGC", "-Xss512k");
    /** The gateway keeps the optimizing compiler: every request crosses it, and it starts fast anyway. */
    static final List<String> GATEWAY_JVM = List.of("-Xms24m", "-Xmx128m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:+UseSerialGC", "-Xss512k");

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    ChildProcess start(StackConfig config) {
        Path app = config.repo().resolve(module).resolve("target/quarkus-app");
        if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app.resolve("quarkus-run.jar") + " is missing: build first (./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (Files.isRegularFile(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.add("-Dquarkus.management.port=" + managementPort());
        // last before -jar: bench/ scripts find a service's process by "-Dquarkus.http.port=<port> -jar quarkus-run.jar"
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add("quarkus-run.jar");
        return ChildProcess.start(name, command, env, app, config.home().resolve("logs"));
    }

    void awaitReady(ChildProcess process) {
        Http.awaitOk(name, "http://localhost:" + managementPort() + readyPath, START_TIMEOUT, process::isAlive);
    }

    /** The port of its management interface: health checks with their details, and Prometheus metrics. */
    int managementPort() {
        return StackConfig.managementPort(port);
    }

    /** Another instance of this application: same module, environment and options, another name and port. */
    QuarkusService instance(String instanceName, int instancePort) {
        return new QuarkusService(instanceName, module, instancePort, env, jvmOptions, readyPath);
    }
}

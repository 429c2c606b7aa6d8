package org.oas.tip.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the project's packaged Quarkus applications, run from its {@code target/quarkus-app}. */
record QuarkusService(String name, String module, int port, Map<String, String> env) {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** Heap and collector sized for a small service on a shared 2-core machine. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC");

    ChildProcess start(StackConfig config) {
        Path jar = config.repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        return ChildProcess.start(name, command, env, config.repo(), config.home().resolve("logs"));
    }

    void awaitReady(ChildProcess process) {
        Http.awaitOk(name, "http://localhost:" + port + "/q/health/ready", START_TIMEOUT, process::isAlive);
    }
}

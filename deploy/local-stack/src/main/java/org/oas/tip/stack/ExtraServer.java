package org.oas.tip.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A server the stack runs beside its own parts because a feature needs it (a mail server for notifications, a stub of an
 * outside system): registered with {@link LocalStack#with} before the start, it is started after Keycloak and before the
 * services, which get its {@link #serviceEnv}; or added to a running stack with {@link LocalStack#startExtra}. Either
 * way it is stopped, started and restarted by name like a service, and stopped with the stack.
 */
public interface ExtraServer {

    /** The name the launcher, its control port and the log file ({@code logs/<name>.log} for a process) know it by. */
    String name();

    /** Starts the server and returns once it is ready; closing what it returns stops it. */
    AutoCloseable start(StackConfig config) throws Exception;

    /** What every service of the stack gets in its environment to reach this server (e.g. a host and port); none by default. */
    default Map<String, String> serviceEnv(StackConfig config) {
        return Map.of();
    }

    /** What {@code ./stack status} adds after "running" (e.g. its ports); nothing by default. */
    default String where(StackConfig config) {
        return "";
    }

    /**
     * A server run as a child process from {@code workDir}, its output in the stack's logs, ready once {@code readyUrl}
     * answers 200 (within {@code timeout}).
     */
    static ExtraServer process(String name, List<String> command, Map<String, String> env, java.nio.file.Path workDir,
                               String readyUrl, Duration timeout) {
        return new ExtraServer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public AutoCloseable start(StackConfig config) {
                ChildProcess process = ChildProcess.start(name, command, env, workDir, config.home().resolve("logs"));
                try {
                    Http.awaitOk(name, readyUrl, timeout, process::isAlive);
                } catch (RuntimeException e) {
                    process.close();
                    throw e;
                }
                return process;
            }
        };
    }
}

package org.oas.tip.testing;

import org.oas.tip.postgres.LocalPostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh real PostgreSQL database in a new data folder under {@code target/}.
 * The binaries are unpacked once under {@code target/} and reused.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "app";

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        Path target = Path.of("target").toAbsolutePath();
        try {
            // a data folder of its own, so two test runs of one module never share one
            Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("embedded-pg")), "data-");
            postgres = LocalPostgres.start(data, target.resolve("embedded-pg/bin"), 0, false).ensureDatabase(DATABASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}

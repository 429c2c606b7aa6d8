package org.oas.tip.testing;

import org.oas.tip.pg.LocalPostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh real PostgreSQL database, wiped on every start.
 * The binaries are unpacked once under {@code target/} and reused.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "app";

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        Path target = Path.of("target").toAbsolutePath();
        postgres = LocalPostgres.start(target.resolve("embedded-pg/data"), target.resolve("embedded-pg/bin"), 0, false)
                .ensureDatabase(DATABASE);
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

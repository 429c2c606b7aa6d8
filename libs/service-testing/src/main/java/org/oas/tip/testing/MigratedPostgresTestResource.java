package org.oas.tip.testing;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL database (as {@link PostgresTestResource}) brought by the service's own migrations up to one
 * version, then given rows of that time by a SQL script; the service's start applies the later migrations, so a test
 * sees what a migration made of the data it found. Arguments (of the test profile's resource entry):
 * {@code locations} (as {@code quarkus.flyway.locations}), {@code target} (the last version applied here) and
 * {@code script} (a resource on the test classpath).
 */
public class MigratedPostgresTestResource extends PostgresTestResource {

    private Map<String, String> args;

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String[] locations = args.get("locations").split(",");
        for (int i = 0; i < locations.length; i++) {
            locations[i] = "classpath:" + locations[i].trim();
        }
        Flyway.configure().dataSource(url, user, "").locations(locations).target(args.get("target")).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(script(args.get("script")));
        } catch (SQLException e) {
            throw new IllegalStateException("the script " + args.get("script") + " failed", e);
        }
        return config;
    }

    private static String script(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

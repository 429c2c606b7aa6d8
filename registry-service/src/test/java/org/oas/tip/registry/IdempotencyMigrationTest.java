package org.oas.tip.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.MigratedPostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/** An Idempotency-Key record written before V12 (which gave the table the shared shape) still replays its create. */
@QuarkusTest
@TestProfile(IdempotencyMigrationTest.RecordsBeforeV12.class)
class IdempotencyMigrationTest {

    /** A database migrated to V11 with one record of that time; the service's start applies V12 and later. */
    public static class RecordsBeforeV12 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MigratedPostgresTestResource.class, Map.of(
                            "locations", "db/migration,org/oas/tip/registry/migration", "target", "11",
                            "script", "idempotency-before-v12.sql")),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aRetryWithAKeyFromBeforeTheMigrationGetsTheFirstInstrument() throws SQLException {
        assertEquals(List.of("subject", "idempotency_key", "request_hash", "created_at", "result"),
                strings("select column_name from information_schema.columns where table_name = 'idempotency_record' order by ordinal_position"));
        long first = Long.parseLong(strings("select min(id) from instrument where country = 'USA'").get(0));
        assertEquals(List.of(Long.toString(first)), strings("select result from idempotency_record where idempotency_key = 'created-before-v12'"));

        // the record's hash is the one a create with this body leaves (the hash is the service's own business)
        Map<String, Object> body = InstrumentData.hotline("USA", InstrumentData.marker() + " hotline", "1-888-373-7888", "FREE", "H24").body();
        given().auth().oauth2(TestTokens.focalPoint("USA")).header("Idempotency-Key", "probe").contentType("application/json")
                .body(body).when().post(INSTRUMENTS).then().statusCode(201);
        update("update idempotency_record set request_hash = (select request_hash from idempotency_record where idempotency_key = 'probe') "
                + "where idempotency_key = 'created-before-v12'");

        given().auth().oauth2(TestTokens.focalPoint("USA")).header("Idempotency-Key", "created-before-v12").contentType("application/json")
                .body(body).when().post(INSTRUMENTS).then().statusCode(200).body("id", equalTo((int) first));
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}

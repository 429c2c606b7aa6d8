package org.oas.tip.questionnaire;

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

/** An Idempotency-Key record written before V12 (which gave the table the shared shape) still replays its submission. */
@QuarkusTest
@TestProfile(IdempotencyMigrationTest.RecordsBeforeV12.class)
class IdempotencyMigrationTest {

    /** A database migrated to V11 with one record of that time; the service's start applies V12 and later. */
    public static class RecordsBeforeV12 implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MigratedPostgresTestResource.class, Map.of(
                            "locations", "db/migration,org/oas/tip/questionnaire/migration", "target", "11",
                            "script", "idempotency-before-v12.sql")),
                    new TestResourceEntry(OidcWiremockTestResource.class),
                    new TestResourceEntry(RegistryStub.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    AgroalDataSource database;

    @Test
    void aRetryWithAKeyFromBeforeTheMigrationGetsTheFirstResult() throws SQLException {
        assertEquals(List.of("subject", "idempotency_key", "request_hash", "result", "created_at"),
                strings("select column_name from information_schema.columns where table_name = 'idempotency_record' order by ordinal_position"));

        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").header("Idempotency-Key", "submitted-before-v12")
                .contentType("application/json").body("{}")
                .when().post("/api/questionnaire/v1/cycles/2015-2018/assignments/ARG/submission")
                .then().statusCode(200).header("ETag", "\"7\"").body("status", equalTo("SUBMITTED")).body("country", equalTo("ARG"));
        given().auth().oauth2(TestTokens.focalPoint("ARG")).header("If-Match", "\"0\"").header("Idempotency-Key", "submitted-before-v12")
                .contentType("application/json").body("{\"a\": 1}")
                .when().post("/api/questionnaire/v1/cycles/2015-2018/assignments/ARG/submission")
                .then().statusCode(422);
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
}

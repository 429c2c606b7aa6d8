package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oas.tip.testing.TestCaller;
import org.oas.tip.testing.TestTokens;
import org.oas.tip.testing.PostgresTestResource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * Every endpoint of the registry against every kind of caller: anonymous, the focal point of the instrument's country
 * (ARG), a focal point of another country (MEX), an analyst and the secretariat. Each cell is the status they get.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class SecurityMatrixTest {

    private static long publicArg;
    private static long restrictedArg;

    @BeforeEach
    void instruments() {
        if (publicArg == 0) {
            publicArg = InstrumentData.hotline("ARG", "Línea 145 " + InstrumentData.marker(), "145", "FREE").create(TestTokens.admin());
            restrictedArg = InstrumentData.of("ARG", "PROTOCOL", "Protocolo " + InstrumentData.marker()).restricted().create(TestTokens.admin());
        }
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.admin()).when().get(INSTRUMENTS + "/" + id).then().extract().header("ETag");
    }

    /** A new ARG instrument, for the calls that change its status. */
    private static long freshArg() {
        return InstrumentData.of("ARG", "PLAN", "Plan " + InstrumentData.marker()).create(TestTokens.admin());
    }

    /** A new ARG instrument the secretariat attached to the cycle "matrix-attach", for the detachment. */
    private static long attachedArg() {
        long id = freshArg();
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("reason", "matrix"))
                .put(INSTRUMENTS + "/" + id + "/cycles/matrix-attach").then().statusCode(200);
        return id;
    }

    private static final String ARG = "/api/registry/v1/countries/ARG";

    /** A new ARG tool, registered by the secretariat. */
    private static long argTool() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(Map.of("name", "Tool " + InstrumentData.marker()))
                .post(ARG + "/tools").then().statusCode(201).extract().jsonPath().getLong("tool.id");
    }

    /** A new ARG focal point, invited by the secretariat. */
    private static long argPerson() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(invitation())
                .post(ARG + "/people").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> invitation() {
        return Map.of("email", "fp-" + java.util.UUID.randomUUID() + "@gov.example.org", "firstName", "Ana", "lastName", "Pérez");
    }

    private static Map<String, Object> argLine() {
        return InstrumentData.hotline("ARG", "Línea " + InstrumentData.marker(), "145", "FREE").body();
    }

    private static final Map<String, Function<TestCaller, Integer>> ENDPOINTS = Map.ofEntries(
            Map.entry("list", w -> w.request().get(INSTRUMENTS).statusCode()),
            Map.entry("csv", w -> w.request().accept("text/csv").get(INSTRUMENTS).statusCode()),
            Map.entry("json lines", w -> w.request().get(INSTRUMENTS + "/export.ndjson").statusCode()),
            Map.entry("json lines withdrawn", w -> w.request().queryParam("status", "WITHDRAWN").get(INSTRUMENTS + "/export.ndjson")
                    .statusCode()),
            Map.entry("search", w -> w.request().queryParam("q", "trata").get(INSTRUMENTS + "/search").statusCode()),
            Map.entry("get public", w -> w.request().get(INSTRUMENTS + "/" + publicArg).statusCode()),
            Map.entry("get restricted", w -> w.request().get(INSTRUMENTS + "/" + restrictedArg).statusCode()),
            Map.entry("history public", w -> w.request().get(INSTRUMENTS + "/" + publicArg + "/history").statusCode()),
            Map.entry("history restricted", w -> w.request().get(INSTRUMENTS + "/" + restrictedArg + "/history").statusCode()),
            Map.entry("create", w -> w.request().contentType("application/json").body(argLine()).post(INSTRUMENTS).statusCode()),
            Map.entry("replace public", w -> w.request().header("If-Match", etag(publicArg)).contentType("application/json")
                    .body(InstrumentData.hotline("ARG", "Línea 145", "145", "FREE").body()).put(INSTRUMENTS + "/" + publicArg).statusCode()),
            Map.entry("replace restricted", w -> w.request().header("If-Match", etag(restrictedArg)).contentType("application/json")
                    .body(InstrumentData.of("ARG", "PROTOCOL", "Protocolo").restricted().body())
                    .put(INSTRUMENTS + "/" + restrictedArg).statusCode()),
            Map.entry("verify", w -> w.request().header("If-Match", etag(publicArg))
                    .post(INSTRUMENTS + "/" + publicArg + "/verification").statusCode()),
            Map.entry("publish answer", w -> w.request().contentType("application/json").body(argLine())
                    .put("/api/registry/v1/cycle-answers/matrix/ARG/E.1.1/" + w.ordinal()).statusCode()),
            Map.entry("versions public", w -> w.request().get(INSTRUMENTS + "/" + publicArg + "/versions").statusCode()),
            Map.entry("versions restricted", w -> w.request().get(INSTRUMENTS + "/" + restrictedArg + "/versions").statusCode()),
            Map.entry("change status", w -> w.request().header("If-Match", "\"0\"").contentType("application/json")
                    .body(Map.of("status", "ENDED", "date", "2025-06-30")).put(INSTRUMENTS + "/" + freshArg() + "/status").statusCode()),
            Map.entry("withdraw", w -> w.request().header("If-Match", "\"0\"").contentType("application/json")
                    .body(Map.of("reason", "duplicate")).post(INSTRUMENTS + "/" + freshArg() + "/withdrawal").statusCode()),
            Map.entry("list withdrawn", w -> w.request().queryParam("status", "WITHDRAWN").get(INSTRUMENTS).statusCode()),
            Map.entry("publish cycle", w -> w.request().contentType("application/json").body(Map.of("key", "matrix/ARG/" + w.ordinal(),
                    "cycle", "matrix", "country", "ARG", "referenceDate", "2026-12-31", "entries", List.of()))
                    .post("/api/registry/v1/cycle-publications").statusCode()),
            Map.entry("attach to cycle", w -> w.request().contentType("application/json").body(Map.of("reason", "matrix"))
                    .put(INSTRUMENTS + "/" + freshArg() + "/cycles/matrix-attach").statusCode()),
            Map.entry("detach from cycle", w -> w.request().queryParam("reason", "matrix")
                    .delete(INSTRUMENTS + "/" + attachedArg() + "/cycles/matrix-attach").statusCode()),
            Map.entry("cycles public", w -> w.request().get(INSTRUMENTS + "/" + publicArg + "/cycles").statusCode()),
            Map.entry("cycles restricted", w -> w.request().get(INSTRUMENTS + "/" + restrictedArg + "/cycles").statusCode()),
            Map.entry("directory", w -> w.request().get("/api/registry/v1/directory/channels").statusCode()),
            Map.entry("countries", w -> w.request().get("/api/registry/v1/countries").statusCode()),
            Map.entry("change country", w -> w.request().header("If-Match", given().get("/api/registry/v1/countries/ARG").header("ETag"))
                    .contentType("application/json").body(Map.of("nameEn", "Argentina", "nameEs", "Argentina", "nameFr", "Argentine",
                            "namePt", "Argentina", "subregion", "SOUTH_AMERICA", "active", true))
                    .put("/api/registry/v1/countries/ARG").statusCode()),
            Map.entry("representatives", w -> w.request().get(ARG + "/representatives").statusCode()),
            Map.entry("register tool", w -> w.request().contentType("application/json").body(Map.of("name", "Tool " + InstrumentData.marker()))
                    .post(ARG + "/tools").statusCode()),
            Map.entry("get tool", w -> w.request().get(ARG + "/tools/" + argTool()).statusCode()),
            Map.entry("rotate secret", w -> w.request().post(ARG + "/tools/" + argTool() + "/secret").statusCode()),
            Map.entry("end previous secret", w -> w.request().delete(ARG + "/tools/" + argTool() + "/previous-secret").statusCode()),
            Map.entry("revoke tool", w -> w.request().contentType("application/json").body(Map.of("reason", "matrix"))
                    .post(ARG + "/tools/" + argTool() + "/revocation").statusCode()),
            Map.entry("invite", w -> w.request().contentType("application/json").body(invitation()).post(ARG + "/people").statusCode()),
            Map.entry("get person", w -> w.request().get(ARG + "/people/" + argPerson()).statusCode()),
            Map.entry("resend invitation", w -> w.request().post(ARG + "/people/" + argPerson() + "/invitation").statusCode()),
            Map.entry("revoke person", w -> w.request().contentType("application/json").body(Map.of("reason", "matrix"))
                    .post(ARG + "/people/" + argPerson() + "/revocation").statusCode()),
            Map.entry("onboarding audit", w -> w.request().get(ARG + "/onboarding-audit").statusCode()),
            Map.entry("report last calls", w -> w.request().contentType("application/json").body(Map.of("calls", List.of(Map.of(
                    "subject", "s-" + w.ordinal(), "clientId", "tool-arg", "at", java.time.OffsetDateTime.now().toString()))))
                    .post("/api/registry/v1/last-calls").statusCode()));

    /** endpoint, then the status for ANONYMOUS, FOCAL_OWN, FOCAL_OTHER, ANALYST, ADMIN. */
    static Stream<Arguments> matrix() {
        Object[][] rows = {
                {"list", 200, 200, 200, 200, 200},
                {"csv", 200, 200, 200, 200, 200},
                {"json lines", 200, 200, 200, 200, 200},
                {"search", 200, 200, 200, 200, 200},
                {"get public", 200, 200, 200, 200, 200},
                {"get restricted", 404, 200, 404, 200, 200},
                {"history public", 401, 200, 403, 200, 200},
                {"history restricted", 401, 200, 404, 200, 200},
                {"create", 401, 201, 403, 403, 201},
                {"replace public", 401, 200, 403, 403, 200},
                {"replace restricted", 401, 200, 404, 403, 200},
                {"verify", 401, 403, 403, 403, 200},
                // the deprecated per-answer publication is for the questionnaire service's client only (tip-publisher)
                {"publish answer", 401, 403, 403, 403, 403},
                {"versions public", 401, 200, 403, 200, 200},
                {"versions restricted", 401, 200, 404, 200, 200},
                {"change status", 401, 200, 403, 403, 200},
                {"withdraw", 401, 403, 403, 403, 200},
                {"list withdrawn", 403, 403, 403, 200, 200},
                {"json lines withdrawn", 403, 403, 403, 200, 200},
                // only the questionnaire service's client (tip-publisher), not a person of the secretariat
                {"publish cycle", 401, 403, 403, 403, 403},
                // the secretariat's records of a cycle: a person of the secretariat only (the publisher: CycleAttachmentTest)
                {"attach to cycle", 401, 403, 403, 403, 200},
                {"detach from cycle", 401, 403, 403, 403, 204},
                {"cycles public", 200, 200, 200, 200, 200},
                {"cycles restricted", 404, 200, 404, 200, 200},
                {"directory", 200, 200, 200, 200, 200},
                {"countries", 200, 200, 200, 200, 200},
                {"change country", 401, 403, 403, 403, 200},
                // onboarding: the secretariat acts; the country's own focal points read who speaks for it, nobody else does
                {"representatives", 401, 200, 403, 403, 200},
                {"register tool", 401, 403, 403, 403, 201},
                {"get tool", 401, 200, 403, 403, 200},
                {"rotate secret", 401, 403, 403, 403, 200},
                {"end previous secret", 401, 403, 403, 403, 200},
                {"revoke tool", 401, 403, 403, 403, 200},
                {"invite", 401, 403, 403, 403, 201},
                {"get person", 401, 200, 403, 403, 200},
                {"resend invitation", 401, 403, 403, 403, 200},
                {"revoke person", 401, 403, 403, 403, 200},
                {"onboarding audit", 401, 200, 403, 403, 200},
                // the gateway's own account only (OnboardingTest: it is 204 with that token)
                {"report last calls", 401, 403, 403, 403, 403},
        };
        return Stream.of(rows).flatMap(row -> Stream.of(TestCaller.values())
                .map(who -> Arguments.of(row[0], who, row[1 + who.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void statusPerCaller(String endpoint, TestCaller who, int expected) {
        assertEquals(expected, ENDPOINTS.get(endpoint).apply(who), endpoint + " as " + who);
    }
}

package org.oas.tip.stack;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the launcher does to a running stack, on the stack the other end-to-end classes use: one service stopped,
 * started and restarted through the control port ({@code ./stack stop|start|restart}) while the rest runs, a second
 * instance of a service, and an extra server handled by name like a service.
 */
@ExtendWith(RunningStack.class)
class LauncherIT {

    @Test
    void theRegistryRestartedAloneAnswersAgainWithItsDataAndTheGatewaySays503WhileItIsDown() {
        String admin = RunningStack.userToken("admin");
        String title = "Plan restart " + UUID.randomUUID();
        // Uruguay: a country no other end-to-end class answers for (SecondCycleIT re-reports ARG, MEX, CHL, COL and PER
        // and checks that each of their instruments was reported by both cycles)
        long id = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("country", "URY", "kind", "PLAN", "title", title))
                .when().post("/api/registry/v1/instruments").then().statusCode(201).extract().jsonPath().getLong("id");
        String instrument = "/api/registry/v1/instruments/" + id;

        assertTrue(RunningStack.control("stop", "registry-service").startsWith("registry-service stopped"));
        assertEquals("stopped", RunningStack.status("registry-service"));
        given().auth().oauth2(admin).when().get(instrument)
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
        given().auth().oauth2(admin).when().get("/api/questionnaire/v1/cycles").then().statusCode(200);

        assertTrue(RunningStack.control("start", "registry-service").startsWith("registry-service started"));
        given().auth().oauth2(admin).when().get(instrument).then().statusCode(200).body("title", equalTo(title));

        String before = RunningStack.status("registry-service");
        assertTrue(RunningStack.control("restart", "registry-service").startsWith("registry-service restarted"));
        assertNotEquals(before, RunningStack.status("registry-service"), "a new process (another pid) serves the registry");
        given().auth().oauth2(admin).when().get(instrument).then().statusCode(200).body("title", equalTo(title));
    }

    @Test
    void aSecondQuestionnaireServiceServesTheSameDatabaseAsTheFirst() {
        StackConfig config = RunningStack.config();
        String admin = RunningStack.clientToken("questionnaire-service", "local-dev-secret-questionnaire-service");
        String second = RunningStack.stack().startInstance("questionnaire-service", config.portBase() + 4);
        try {
            String code = "e2e-second-" + UUID.randomUUID().toString().substring(0, 8);
            given().baseUri("http://localhost:" + (config.portBase() + 4)).auth().oauth2(admin).contentType("application/json")
                    .body("{\"code\": \"" + code + "\", \"version\": \"1\", \"title\": {\"en\": \"Written through the second instance\"}, "
                            + "\"items\": [{\"linkId\": \"q\", \"type\": \"string\", \"text\": {\"en\": \"Question\"}}]}")
                    .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201);
            for (int port : new int[] {config.questionnairePort(), config.portBase() + 4}) {
                given().baseUri("http://localhost:" + port).auth().oauth2(admin)
                        .when().get("/api/questionnaire/v1/questionnaires/" + code + "/versions/1")
                        .then().statusCode(200).body("title.en", equalTo("Written through the second instance"));
            }
        } finally {
            RunningStack.control("stop", second);
        }
    }

    @Test
    void anExtraServerIsStoppedAndStartedByNameLikeAService() throws Exception {
        int port = RunningStack.config().portBase() + 5;
        RunningStack.stack().startExtra(new ExtraServer() {
            @Override
            public String name() {
                return "e2e-extra";
            }

            @Override
            public AutoCloseable start(StackConfig config) throws Exception {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                server.createContext("/", exchange -> {
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
                server.start();
                return () -> server.stop(0);
            }
        });
        String url = "http://127.0.0.1:" + port + "/";
        given().when().get(url).then().statusCode(204);
        RunningStack.control("stop", "e2e-extra");
        assertEquals("stopped", RunningStack.status("e2e-extra"));
        RunningStack.control("start", "e2e-extra");
        given().when().get(url).then().statusCode(204);
        RunningStack.control("stop", "e2e-extra");
    }
}

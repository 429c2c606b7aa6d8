package org.oas.tip.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.oas.tip.registry.InstrumentData.INSTRUMENTS;

/**
 * The link check against a local HTTP server: what each kind of answer records, the counters, the history, one job
 * at a time, and who may start and follow jobs. Outside hosts (the baseline's real links, example.org) are skipped.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class LinkCheckTest {

    private static final String JOBS = "/api/registry/v1/link-checks";
    private static final String PROBLEM = "application/problem+json";
    /** Few other tests write instruments of Guyana; its baseline links are real, outside hosts. */
    private static final String COUNTRY = "GUY";
    private static final String LOCAL = "^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?(/.*)?$";

    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    private static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger FLIPS = new AtomicInteger();

    @Inject
    DataSource database;

    @BeforeAll
    static void startLocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/ok", e -> answer(e, 200));
        server.createContext("/missing", e -> answer(e, 404));
        server.createContext("/moved", e -> {
            e.getResponseHeaders().add("Location", "/target");
            answer(e, 301);
        });
        server.createContext("/target", e -> answer(e, 200));
        server.createContext("/no-head", e -> answer(e, e.getRequestMethod().equals("HEAD") ? 405 : 200));
        // online at the first check, gone at the second
        server.createContext("/flips", e -> answer(e, FLIPS.incrementAndGet() == 1 ? 200 : 503));
        server.createContext("/slow", e -> {
            try {
                RELEASE_SLOW.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200);
        });
        server.start();
    }

    @AfterAll
    static void stopLocalServer() {
        RELEASE_SLOW.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        REQUESTS.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        exchange.getRequestBody().readAllBytes();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        byte[] body = "<html>a document</html>".getBytes();
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static String local(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    @Test
    void recordsWhetherEachLinkAnswersOneJobAtATime() throws Exception {
        String marker = InstrumentData.marker();
        long ok = website(marker + " ok", local("localhost", "/ok"));
        long missing = website(marker + " missing", local("localhost", "/missing"));
        long moved = website(marker + " moved", local("localhost", "/moved"));
        long noHead = website(marker + " no head", local("127.0.0.1", "/no-head"));
        long flips = website(marker + " flips", local("localhost", "/flips"));
        long slow = website(marker + " slow", local("localhost", "/slow"));
        long outside = website(marker + " outside", "https://example.org/x");
        long linksOfCountry = count("select count(*) from instrument where country = ? and link is not null");
        long outsideLinks = count("select count(*) from instrument where country = ? and link is not null and link !~* '" + LOCAL + "'");

        long first = start(TestTokens.admin());
        given().auth().oauth2(TestTokens.admin()).when().post(JOBS).then()
                .statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
        given().auth().oauth2(TestTokens.analyst()).when().get(JOBS + "/" + first).then()
                .statusCode(200).body("status", oneOf("QUEUED", "RUNNING")).body("startedBy", equalTo("admin"));
        JsonPath job = awaitDone(first);

        assertEquals(linksOfCountry, job.getLong("total"));
        assertEquals(linksOfCountry, job.getLong("checked"));
        assertEquals(4, job.getInt("answered"), "ok, moved, no-head, flips");
        assertEquals(2, job.getInt("failed"), "missing, slow");
        assertEquals(outsideLinks, job.getLong("skipped"), "example.org and the baseline's real links");
        assertTrue(outsideLinks >= 1);
        assertNotNull(job.getString("startedAt"));
        assertNotNull(job.getString("finishedAt"));

        assertLink(ok, true, 200);
        assertLink(missing, false, 404);
        assertLink(moved, true, 200);
        assertLink(noHead, true, 200);
        assertLink(flips, true, 200);
        assertLink(slow, false, null);
        assertNeverChecked(outside);
        assertEquals(0, count("select count(*) from instrument where country = ? and link_checked_at is not null "
                + "and link !~* '" + LOCAL + "'"), "outside links are left as they were");

        List<String> requests = List.copyOf(REQUESTS);
        assertTrue(requests.contains("HEAD /ok") && !requests.contains("GET /ok"), "HEAD is enough: " + requests);
        assertTrue(requests.contains("HEAD /moved") && requests.contains("HEAD /target"), "redirect followed: " + requests);
        assertTrue(requests.contains("HEAD /no-head") && requests.contains("GET /no-head"), "GET after a refused HEAD: " + requests);

        history(ok).body("action", contains("CREATED", "LINK_CHECKED"))
                .body("[1].subject", equalTo("admin"))
                .body("[1].before.foundOnline", nullValue())
                .body("[1].after.foundOnline", is(true));
        history(slow).body("action", contains("CREATED", "LINK_CHECKED")).body("[1].after.foundOnline", is(false));
        history(outside).body("action", contains("CREATED"));

        // a second run: history only where found_online changed
        Timestamp firstCheck = checkedAt(ok);
        long second = start(TestTokens.admin());
        JsonPath again = awaitDone(second);
        assertEquals(3, again.getInt("answered"));
        assertEquals(3, again.getInt("failed"));
        assertLink(flips, false, 503);
        assertTrue(checkedAt(ok).after(firstCheck), "checked again");
        history(ok).body("action", contains("CREATED", "LINK_CHECKED"));
        history(flips).body("action", contains("CREATED", "LINK_CHECKED", "LINK_CHECKED"))
                .body("[2].before.foundOnline", is(true)).body("[2].after.foundOnline", is(false));

        given().auth().oauth2(TestTokens.analyst()).queryParam("limit", 2).when().get(JOBS).then()
                .statusCode(200).body("id", contains((int) second, (int) first)).body("status", contains("DONE", "DONE"));
    }

    @Test
    void onlyTheSecretariatStartsAndStaffFollow() {
        given().auth().oauth2(TestTokens.analyst()).when().post(JOBS).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.focalPoint(COUNTRY)).when().post(JOBS).then().statusCode(403).contentType(PROBLEM);
        given().when().post(JOBS).then().statusCode(401).contentType(PROBLEM);
        given().when().get(JOBS).then().statusCode(401).contentType(PROBLEM);
        given().when().get(JOBS + "/1").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.focalPoint(COUNTRY)).when().get(JOBS).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.focalPoint(COUNTRY)).when().get(JOBS + "/1").then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst()).when().get(JOBS).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().get(JOBS).then().statusCode(200);
    }

    @Test
    void unknownJobIs404AndUnknownCountryIs400() {
        given().auth().oauth2(TestTokens.analyst()).when().get(JOBS + "/987654321").then()
                .statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().auth().oauth2(TestTokens.admin()).queryParam("country", "XYZ").when().post(JOBS).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("country"));
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", 0).when().get(JOBS).then()
                .statusCode(400).contentType(PROBLEM);
    }

    private static long website(String title, String link) {
        return InstrumentData.of(COUNTRY, "WEBSITE", title).with("link", link).create(TestTokens.admin());
    }

    private static long start(String token) {
        String location = given().auth().oauth2(token).queryParam("country", COUNTRY).when().post(JOBS).then()
                .statusCode(202)
                .header("Location", matchesPattern(".*" + JOBS + "/[0-9]+$"))
                .body("status", oneOf("QUEUED", "RUNNING")).body("country", equalTo(COUNTRY))
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static JsonPath awaitDone(long id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonPath job = given().auth().oauth2(TestTokens.admin()).when().get(JOBS + "/" + id)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE")) {
                return job;
            }
            if (status.equals("FAILED")) {
                fail("link check " + id + " failed: " + job.getString("error"));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("link check " + id + " did not finish within 60 s");
    }

    private static io.restassured.response.ValidatableResponse history(long id) {
        return given().auth().oauth2(TestTokens.analyst()).when().get(INSTRUMENTS + "/" + id + "/history").then().statusCode(200);
    }

    private void assertLink(long id, boolean foundOnline, Integer status) throws SQLException {
        Map<String, Object> row = row(id);
        assertEquals(foundOnline, row.get("found_online"), "found_online of " + id);
        assertEquals(status, row.get("link_status"), "link_status of " + id);
        assertNotNull(row.get("link_checked_at"), "link_checked_at of " + id);
    }

    private void assertNeverChecked(long id) throws SQLException {
        Map<String, Object> row = row(id);
        assertNull(row.get("found_online"));
        assertNull(row.get("link_status"));
        assertNull(row.get("link_checked_at"));
    }

    private Timestamp checkedAt(long id) throws SQLException {
        return (Timestamp) row(id).get("link_checked_at");
    }

    private Map<String, Object> row(long id) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("select found_online, link_status, link_checked_at from instrument where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "instrument " + id);
                Map<String, Object> row = new java.util.HashMap<>();
                row.put("found_online", r.getObject("found_online"));
                row.put("link_status", r.getObject("link_status"));
                row.put("link_checked_at", r.getTimestamp("link_checked_at"));
                return row;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, COUNTRY);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

package org.oas.tip.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** Reads and clears what the stub backends received, straight from the stubs (not through the gateway). */
public final class Stubs {

    private Stubs() {
    }

    /** The base URL of a stub backend: questionnaire, registry or analytics. */
    public static String url(String backend) {
        String url = System.getProperty("stub." + backend + "-url");
        if (url == null) {
            throw new IllegalStateException("StubBackends is not running");
        }
        return url;
    }

    /** Forgets what every stub backend received so far. */
    public static void clear() {
        for (String backend : List.of("questionnaire", "registry", "analytics")) {
            given().baseUri(url(backend)).delete("/__stub/requests").then().statusCode(200);
        }
    }

    /** Makes the registry stub answer the gateway's reports of last calls with this status (until {@link #clear()}). */
    public static void answerLastCallsWith(int status) {
        given().baseUri(url("registry")).body(Integer.toString(status)).put("/__stub/last-calls-status").then().statusCode(200);
    }

    /** The complete requests one stub backend received since the last {@link #clear()}. */
    public static List<Map<String, Object>> received(String backend) {
        return given().baseUri(url(backend)).get("/__stub/requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}

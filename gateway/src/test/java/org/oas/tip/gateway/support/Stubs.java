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

    /** The complete requests one stub backend received since the last {@link #clear()}. */
    public static List<Map<String, Object>> received(String backend) {
        return given().baseUri(url(backend)).get("/__stub/requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}

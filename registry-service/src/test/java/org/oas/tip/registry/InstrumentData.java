package org.oas.tip.registry;

import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Builds instrument request bodies and creates them through the API, for tests. */
final class InstrumentData {

    static final String INSTRUMENTS = "/api/registry/v1/instruments";

    private final Map<String, Object> body = new HashMap<>();

    private InstrumentData(String country, String kind, String title) {
        body.put("country", country);
        body.put("kind", kind);
        body.put("title", title);
    }

    /** A word no baseline title contains, to find a test's own instruments. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static InstrumentData of(String country, String kind, String title) {
        return new InstrumentData(country, kind, title);
    }

    static InstrumentData hotline(String country, String title, String contact, String... features) {
        return of(country, "REPORTING_CHANNEL", title)
                .with("channel", Map.of("type", "DEDICATED_TIP_LINE", "contact", contact, "features", List.of(features)));
    }

    InstrumentData with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    InstrumentData years(Integer start, Integer end) {
        body.put("yearStart", start);
        body.put("yearEnd", end);
        return this;
    }

    InstrumentData restricted() {
        return with("confidentiality", "RESTRICTED");
    }

    Map<String, Object> body() {
        return body;
    }

    ValidatableResponse post(String token) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post(INSTRUMENTS).then();
    }

    /** Creates it as the given caller and returns its id. */
    long create(String token) {
        return post(token).statusCode(201).extract().jsonPath().getLong("id");
    }
}

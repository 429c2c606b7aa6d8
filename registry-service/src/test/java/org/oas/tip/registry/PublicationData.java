package org.oas.tip.registry;

import io.restassured.response.ValidatableResponse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds bulk publication bodies (POST /cycle-publications) for tests. */
final class PublicationData {

    static final String PUBLICATIONS = "/api/registry/v1/cycle-publications";

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> entries = new ArrayList<>();

    private PublicationData(String key, String cycle, String country, LocalDate referenceDate) {
        body.put("key", key);
        body.put("cycle", cycle);
        body.put("country", country);
        body.put("referenceDate", referenceDate.toString());
        body.put("amendment", false);
        body.put("entries", entries);
    }

    /** A publication of a cycle whose reference date is {@code daysAhead} days from today. */
    static PublicationData of(String key, String cycle, String country, int daysAhead) {
        return new PublicationData(key, cycle, country, LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead));
    }

    PublicationData create(String ref, Map<String, Object> instrument) {
        return entry(ref, "CREATE", Map.of("instrument", instrument));
    }

    PublicationData update(String ref, long id, int base, Map<String, Object> changes) {
        return entry(ref, "UPDATE", Map.of("registryId", id, "baseRevision", base, "changes", changes));
    }

    PublicationData confirm(String ref, long id, int base) {
        return entry(ref, "CONFIRM", Map.of("registryId", id, "baseRevision", base));
    }

    PublicationData end(String ref, long id, int base, String status, String date) {
        return entry(ref, "END", Map.of("registryId", id, "baseRevision", base, "status", status, "statusDate", date));
    }

    PublicationData withdraw(String ref, long id, int base, String reason) {
        return entry(ref, "WITHDRAW", Map.of("registryId", id, "baseRevision", base, "reason", reason));
    }

    /** Sets a field of the last entry (e.g. successorRef). */
    PublicationData with(String field, Object value) {
        entries.get(entries.size() - 1).put(field, value);
        return this;
    }

    PublicationData key(String key) {
        body.put("key", key);
        return this;
    }

    private PublicationData entry(String ref, String action, Map<String, Object> fields) {
        Map<String, Object> e = new HashMap<>(fields);
        e.put("ref", ref);
        int bracket = ref.indexOf('[');
        e.put("question", ref.substring(0, bracket));
        e.put("position", Integer.parseInt(ref.substring(bracket + 1, ref.length() - 1)));
        e.put("action", action);
        entries.add(e);
        return this;
    }

    Map<String, Object> body() {
        return body;
    }

    ValidatableResponse post(String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.contentType("application/json").body(body).when().post(PUBLICATIONS).then();
    }
}

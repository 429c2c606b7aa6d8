package org.oas.tip.stack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the durability tests share: a fresh cycle on the structured questionnaire, the countries they may use, the sample answers. */
final class DurableCycles {

    /**
     * Countries the other end-to-end classes answer for and count instruments of (SecondCycleIT pre-fills and counts ARG,
     * MEX, CHL, COL and PER; LauncherIT writes URY; the tools of ARG, MEX and USA are used throughout): left alone.
     */
    static final Set<String> TAKEN = Set.of("ARG", "MEX", "CHL", "COL", "PER", "URY", "USA");

    private DurableCycles() {
    }

    /** The questionnaire service's secretariat token (realm role tip-admin; may act for any country). */
    static String secretariat() {
        return RunningStack.clientToken("questionnaire-service", "local-dev-secret-questionnaire-service");
    }

    /** Opens a cycle on oas-tip-structured version 1 (assigned to every active member state) and gives its code. */
    static String open(DirectClient questionnaire, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> cycle = new LinkedHashMap<>();
        cycle.put("code", code);
        cycle.put("title", "Durability " + code);
        cycle.put("opensOn", today.toString());
        cycle.put("deadline", today.plusDays(180).toString());
        cycle.put("referenceDate", today.plusDays(180).toString());
        cycle.put("questionnaire", "oas-tip-structured");
        cycle.put("questionnaireVersion", "1");
        questionnaire.call("POST", "/api/questionnaire/v1/cycles", DirectClient.write(cycle), "Content-Type", "application/json")
                .expect(201, "open cycle " + code);
        return code;
    }

    /** The first {@code n} countries the cycle is assigned to, leaving out those other classes rely on. */
    static List<String> countries(DirectClient questionnaire, String cycle, int n) {
        List<String> countries = new ArrayList<>();
        for (JsonNode a : questionnaire.call("GET", "/api/questionnaire/v1/cycles/" + cycle + "/assignments", null)
                .expect(200, "assignments of " + cycle).json()) {
            String country = a.path("country").asText();
            if (!TAKEN.contains(country) && countries.size() < n) {
                countries.add(country);
            }
        }
        if (countries.size() < n) {
            throw new AssertionError("only " + countries.size() + " countries free in " + cycle);
        }
        return countries;
    }

    static String assignment(String cycle, String country) {
        return "/api/questionnaire/v1/cycles/" + cycle + "/assignments/" + country;
    }

    /** A complete valid answer document of oas-tip-structured v1 (the questionnaire service's test sample). */
    static String sample() {
        try {
            return Files.readString(RunningStack.config().repo().resolve("questionnaire-service/src/test/resources/structured-sample.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since {@code t0} (nanoTime), for the figures the tests print. */
    static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

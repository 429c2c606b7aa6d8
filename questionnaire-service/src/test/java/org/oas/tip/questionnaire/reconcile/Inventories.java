package org.oas.tip.questionnaire.reconcile;

import org.oas.tip.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registry instruments of a country as the registry shows them, and a cycle opened on the structured questionnaire v2. */
final class Inventories {

    static final long PLAN_2014 = 101;
    static final long PLAN_2020 = 102;
    static final long HOTLINE = 201;
    static final long SYSTEM = 301;
    static final long AUTHORITY = 401;
    static final long OTHER_BODY = 402;
    static final long POLICE_PROTOCOL = 501;
    static final long PROGRAMME = 601;
    static final long PRACTICE = 701;
    static final long REPORT = 801;

    private Inventories() {
    }

    /** Argentina's inventory: two plans (one succeeding the other), a hotline, a system, two bodies, a protocol, ... */
    static List<String> argentina() {
        return List.of(
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "PLAN", "title": "Plan Nacional 2014-2019", "yearStart": 2014,
                 "yearEnd": 2019, "status": "IN_FORCE", "plan": {"planType": "PLAN_OF_ACTION", "successorId": %d, "genderPerspective": false},
                 "provenance": {"source": "REPORT_BASELINE", "cycle": "2015-2018", "question": "B.2", "position": 0}}""".formatted(PLAN_2014, PLAN_2020),
                """
                {"id": %d, "revision": 3, "country": "ARG", "kind": "PLAN", "title": "Plan Nacional 2020-2022", "yearStart": 2020,
                 "yearEnd": 2022, "status": "IN_FORCE", "plan": {"planType": "PLAN_OF_ACTION", "genderPerspective": true},
                 "confidentiality": "RESTRICTED"}""".formatted(PLAN_2020),
                """
                {"id": %d, "revision": 2, "country": "ARG", "kind": "REPORTING_CHANNEL", "title": "Línea 145", "status": "IN_FORCE",
                 "channel": {"type": "THEMATIC_LINE", "topic": "domestic violence", "contact": "145", "features": ["FREE", "H24"]}}""".formatted(HOTLINE),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "INFORMATION_SYSTEM", "title": "SISTRATA", "institution": "Ministerio",
                 "informationSystem": {"model": 2, "design": "CENTRALIZED", "sources": "Police; Social services; Astrology",
                                       "publicAccess": false, "publicReports": true}}""".formatted(SYSTEM),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "INTER_AGENCY_BODY", "title": "Mesa Federal",
                 "body": {"model": "COLLEGIATE"}}""".formatted(OTHER_BODY),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "INTER_AGENCY_BODY", "title": "Comité Ejecutivo", "yearStart": 2008,
                 "body": {"model": "COLLEGIATE", "approaches": ["PREVENTION", "PROTECTION"]},
                 "provenance": {"source": "CYCLE_ANSWER", "cycle": "2019-2023", "question": "A.authority", "position": 0}}""".formatted(AUTHORITY),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "PROTOCOL", "title": "Protocolo de investigación", "institution": "MPF",
                 "yearStart": 2016, "protocol": {"kind": "CRIMINAL_INVESTIGATION", "targetPopulation": "Children and adolescents"}}""".formatted(POLICE_PROTOCOL),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "PLAN", "title": "Programa de Rescate", "yearStart": 2008,
                 "plan": {"planType": "PROGRAM"},
                 "provenance": {"source": "CYCLE_ANSWER", "cycle": "2019-2023", "question": "E.programmes", "position": 0}}""".formatted(PROGRAMME),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "PROMISING_PRACTICE", "title": "Buena práctica"}""".formatted(PRACTICE),
                """
                {"id": %d, "revision": 1, "country": "ARG", "kind": "STATISTICAL_REPORT", "title": "Informe anual", "yearStart": 2019,
                 "link": "https://example.org/informe"}""".formatted(REPORT));
    }

    /** Opens a new cycle on oas-tip-structured version 2 and returns its code (the status is asserted by the caller). */
    static String openCycle(int expectedStatus) {
        String code = "c" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"Fifth cycle\",\"opensOn\":\"2026-01-01\",\"deadline\":\"2026-12-31\",\"referenceDate\":\"2026-12-31\","
                        + "\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"2\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(expectedStatus);
        return code;
    }
}

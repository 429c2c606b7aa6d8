package org.oas.tip.questionnaire.reconcile;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.RegistryStub;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.PrefillRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cycle opened on the structured questionnaire version 2 brings each country its inventory from the registry. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
@QuarkusTestResource(value = ReconcileRegistryStub.class, restrictToAnnotatedClass = true)
class PrefillTest {

    @Inject
    PrefillRepository prefills;
    @Inject
    AssignmentRepository assignments;
    @Inject
    ReportingCycleRepository cycles;

    @Test
    void aCountryFindsItsInventoryAsCodedEntriesWithIdsAndRevisions() {
        ReconcileRegistryStub registry = ReconcileRegistryStub.current;
        registry.inventory("ARG", Inventories.argentina());
        int before = argReads(registry).size();
        String cycle = Inventories.openCycle(201);

        JsonPath arg = given().auth().oauth2(TestTokens.focalPoint("ARG")).when()
                .get("/api/questionnaire/v1/cycles/" + cycle + "/assignments/ARG").then().statusCode(200).extract().jsonPath();
        Map<String, Object> answers = arg.getMap("answers");
        assertEquals("NOT_STARTED", arg.getString("status"));
        // plans: ids and revisions, the successor by registry id, codes as they are
        List<Map<String, Object>> plans = arg.getList("answers.B.'B.plans'");
        assertEquals(2, plans.size());
        assertEquals(Map.of("B.plans.title", "Plan Nacional 2014-2019", "B.plans.year_start", 2014, "B.plans.year_end", 2019,
                "B.plans.plan_type", "PLAN_OF_ACTION", "B.plans.gender_perspective", false, "B.plans.registry_id", (int) Inventories.PLAN_2014,
                "B.plans.registry_revision", 1, "B.plans.successor_id", (int) Inventories.PLAN_2020), plans.get(0));
        assertEquals(3, plans.get(1).get("B.plans.registry_revision"));
        // labels back to codes: a thematic line's topic, an information system's sources (an unknown one left out)
        Map<String, Object> line = arg.getMap("answers.E.'E.channels'[0]");
        assertEquals("DOMESTIC_VIOLENCE", line.get("E.channels.topic"));
        assertEquals(List.of("FREE", "H24"), line.get("E.channels.features"));
        assertEquals((int) Inventories.HOTLINE, line.get("E.channels.registry_id"));
        Map<String, Object> system = arg.getMap("answers.F.'F.systems'[0]");
        assertEquals(List.of("POLICE", "SOCIAL_SERVICES"), system.get("F.systems.sources"));
        assertEquals("2", system.get("F.systems.model"));
        // the body reported as the national authority goes there, the other one to the other bodies
        assertEquals((int) Inventories.AUTHORITY, arg.getInt("answers.A.'A.authority'.'A.authority.registry_id'"));
        assertEquals(List.of("PREVENTION", "PROTECTION"), arg.getList("answers.A.'A.authority'.'A.authority.approaches'"));
        assertEquals((int) Inventories.OTHER_BODY, arg.getInt("answers.A.'A.other_bodies'[0].'A.other_bodies.registry_id'"));
        // a criminal investigation protocol in D, a programme back in E.programmes, no group for a promising practice
        assertEquals("CHILDREN_ADOLESCENTS", arg.getString("answers.D.'D.protocols'[0].'D.protocols.target_population'"));
        assertEquals((int) Inventories.PROGRAMME, arg.getInt("answers.E.'E.programmes'[0].'E.programmes.registry_id'"));
        assertNull(arg.get("answers.practices"));
        assertTrue(answers.containsKey("F"));

        // what was pre-filled is kept per assignment, entry by entry
        long assignment = assignments.find(cycles.findByCode(cycle).orElseThrow().id, "ARG").orElseThrow().id;
        assertEquals(9, prefills.byRegistryId(assignment).size());
        assertEquals("B.plans", prefills.byRegistryId(assignment).get(Inventories.PLAN_2020).groupLinkId);
        assertEquals(1, prefills.byRegistryId(assignment).get(Inventories.PLAN_2020).position);

        // the inventory was read with the service's own token, in force only, 500 a page, every page
        List<ReconcileRegistryStub.Received> reads = argReads(registry);
        reads = reads.subList(before, reads.size());
        assertEquals(5, reads.size());
        assertTrue(reads.get(0).query().contains("status=IN_FORCE") && reads.get(0).query().contains("limit=500"), reads.get(0).query());
        assertTrue(reads.get(0).authorization().startsWith("Bearer "));
        // a country without instruments starts from an empty response
        given().auth().oauth2(TestTokens.focalPoint("MEX")).when().get("/api/questionnaire/v1/cycles/" + cycle + "/assignments/MEX")
                .then().statusCode(200).body("answers.size()", org.hamcrest.Matchers.equalTo(0));
        // the history says where the answers came from
        given().auth().oauth2(TestTokens.admin()).when().get("/api/questionnaire/v1/cycles/" + cycle + "/assignments/ARG/history")
                .then().statusCode(200).body("[0].action", org.hamcrest.Matchers.equalTo("IMPORTED"));
    }

    @Test
    void aRegistryThatDoesNotAnswerOpensNothing() {
        ReconcileRegistryStub registry = ReconcileRegistryStub.current;
        registry.inventoryDown("USA", true);
        try {
            String code = Inventories.openCycle(503);
            given().auth().oauth2(TestTokens.admin()).when().get("/api/questionnaire/v1/cycles/" + code).then().statusCode(404);
        } finally {
            registry.inventoryDown("USA", false);
        }
        // once it answers again, the secretariat's retry opens the cycle
        String code = Inventories.openCycle(201);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/questionnaire/v1/cycles/" + code).then().statusCode(200)
                .body("questionnaireVersion", containsString("2"));
    }

    private static List<ReconcileRegistryStub.Received> argReads(ReconcileRegistryStub registry) {
        return registry.received("/instruments").stream().filter(r -> r.query().contains("country=ARG")).toList();
    }
}

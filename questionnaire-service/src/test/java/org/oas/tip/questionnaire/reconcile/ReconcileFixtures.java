package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oas.tip.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/** Argentina's pre-filled answers, and the one response that confirms, updates, ends, withdraws and adds. */
final class ReconcileFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private ReconcileFixtures() {
    }

    static ObjectNode prefilled(String cycle) {
        String body = given().auth().oauth2(TestTokens.admin()).when().get("/api/questionnaire/v1/cycles/" + cycle + "/assignments/ARG")
                .then().statusCode(200).extract().asString();
        return (ObjectNode) read(body).get("answers");
    }

    /**
     * From the pre-fill: the 2014 plan ended, the 2020 plan extended to 2026 and succeeded by a new plan, a statistical
     * report withdrawn, a new hotline, the programme removed from the answers, everything else kept as it was.
     */
    static ObjectNode mixed(ObjectNode answers) {
        answers.withObjectProperty("intro").put("intro.reference_date", "2026-06-30");
        ArrayNode plans = (ArrayNode) answers.get("B").get("B.plans");
        ((ObjectNode) plans.get(0)).put("B.plans.action", "END").put("B.plans.status", "ENDED").put("B.plans.status_date", "2019-12-31");
        ((ObjectNode) plans.get(1)).put("B.plans.year_end", 2026).put("B.plans.successor", "Plan Nacional 2023-2026");
        plans.addObject().put("B.plans.title", "Plan Nacional 2023-2026").put("B.plans.plan_type", "PLAN_OF_ACTION")
                .put("B.plans.year_start", 2023).put("B.plans.year_end", 2026).put("B.plans.gender_perspective", true);
        ((ObjectNode) answers.get("F").get("F.reports").get(0)).put("F.reports.action", "WITHDRAW")
                .put("F.reports.withdrawal_reason", "duplicate of the 2019 report");
        ((ArrayNode) answers.get("E").get("E.channels")).addObject().put("E.channels.title", "Línea 0800")
                .put("E.channels.type", "DEDICATED_TIP_LINE").put("E.channels.contact", "0800-222-1717");
        ((ObjectNode) answers.get("E")).remove("E.programmes");
        return answers;
    }

    /** The body the mixed response must give, to the field. */
    static JsonNode expectedBody(String cycle, int revision) {
        return read("""
                {"key": "%1$s/ARG/%2$d", "cycle": "%1$s", "country": "ARG", "referenceDate": "2026-12-31", "amendment": false,
                 "entries": [
                  {"ref": "A.authority[0]", "question": "A.authority", "position": 0, "registryId": 401, "action": "CONFIRM", "baseRevision": 1},
                  {"ref": "A.other_bodies[0]", "question": "A.other_bodies", "position": 0, "registryId": 402, "action": "CONFIRM", "baseRevision": 1},
                  {"ref": "B.plans[0]", "question": "B.plans", "position": 0, "action": "END", "registryId": 101, "baseRevision": 1,
                   "status": "ENDED", "statusDate": "2019-12-31"},
                  {"ref": "B.plans[1]", "question": "B.plans", "position": 1, "registryId": 102, "action": "UPDATE", "baseRevision": 3,
                   "changes": {"yearEnd": 2026}, "successorRef": "B.plans[2]"},
                  {"ref": "B.plans[2]", "question": "B.plans", "position": 2, "action": "CREATE",
                   "instrument": {"country": "ARG", "kind": "PLAN", "title": "Plan Nacional 2023-2026", "yearStart": 2023, "yearEnd": 2026,
                                  "plan": {"planType": "PLAN_OF_ACTION", "genderPerspective": true}}},
                  {"ref": "D.protocols[0]", "question": "D.protocols", "position": 0, "registryId": 501, "action": "CONFIRM", "baseRevision": 1},
                  {"ref": "E.channels[0]", "question": "E.channels", "position": 0, "registryId": 201, "action": "CONFIRM", "baseRevision": 2},
                  {"ref": "E.channels[1]", "question": "E.channels", "position": 1, "action": "CREATE",
                   "instrument": {"country": "ARG", "kind": "REPORTING_CHANNEL", "title": "Línea 0800",
                                  "channel": {"type": "DEDICATED_TIP_LINE", "contact": "0800-222-1717"}}},
                  {"ref": "F.systems[0]", "question": "F.systems", "position": 0, "registryId": 301, "action": "CONFIRM", "baseRevision": 1},
                  {"ref": "F.reports[0]", "question": "F.reports", "position": 0, "action": "WITHDRAW", "registryId": 801, "baseRevision": 1,
                   "reason": "duplicate of the 2019 report"}]}""".formatted(cycle, revision));
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

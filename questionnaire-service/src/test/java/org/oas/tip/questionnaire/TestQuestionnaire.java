package org.oas.tip.questionnaire;

import org.oas.tip.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A small published questionnaire and a cycle on it, made through the API, for response tests. */
final class TestQuestionnaire {

    private TestQuestionnaire() {
    }

    /** One section: a required yes/no, a repeating group of lines enabled by it, and a count. */
    static String definition(String code) {
        return """
                {"code": "%s", "version": "1", "title": {"en": "Test questionnaire", "es": "Cuestionario de prueba"},
                 "items": [{"linkId": "s", "type": "group", "text": {"en": "Section"}, "items": [
                   {"linkId": "s.has_line", "type": "boolean", "required": true, "text": {"en": "Is there a line?"}},
                   {"linkId": "s.lines", "type": "group", "repeats": true, "text": {"en": "Lines"},
                    "instrumentKind": "REPORTING_CHANNEL",
                    "enableWhen": [{"question": "s.has_line", "operator": "=", "answer": true}],
                    "items": [
                      {"linkId": "s.lines.type", "type": "choice", "required": true, "text": {"en": "Type"},
                       "instrumentField": "channel.type",
                       "answerOptions": [{"code": "DEDICATED_TIP_LINE", "display": {"en": "Dedicated line"}},
                                         {"code": "THEMATIC_LINE", "display": {"en": "Thematic line"}}]},
                      {"linkId": "s.lines.number", "type": "phone", "text": {"en": "Number"}, "instrumentField": "channel.contact"}]},
                   {"linkId": "s.count", "type": "integer", "minValue": 0, "text": {"en": "Victims detected"}}]}]}
                """.formatted(code);
    }

    /** Creates and publishes the questionnaire, opens a cycle on it (ARG, MEX, USA), and returns the cycle's code. */
    static String openCycle(String opensOn, String deadline) {
        String code = "t" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestTokens.admin();
        String etag = given().auth().oauth2(admin).contentType("application/json").body(definition(code))
                .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag)
                .when().post("/api/questionnaire/v1/questionnaires/" + code + "/versions/1/publication").then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"Test cycle\",\"opensOn\":\"" + opensOn + "\",\"deadline\":\"" + deadline
                        + "\",\"referenceDate\":\"" + deadline + "\",\"questionnaire\":\"" + code + "\",\"questionnaireVersion\":\"1\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        return code;
    }
}

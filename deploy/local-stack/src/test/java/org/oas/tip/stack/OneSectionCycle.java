package org.oas.tip.stack;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A cycle on a small questionnaire for one member state, opened by the secretariat through the gateway: one section
 * with a required yes/no, a repeating group of lines and a count. A tool's whole round fits in it.
 */
final class OneSectionCycle {

    private OneSectionCycle() {
    }

    /** The secretariat publishes a one-section questionnaire and opens a cycle on it for one member state only; gives its code. */
    static String open(String country) {
        String admin = RunningStack.userToken("admin");
        String code = "gen" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                {"code": "%s", "version": "1", "title": {"en": "A tool's round"},
                 "items": [{"linkId": "s", "type": "group", "text": {"en": "Section"}, "items": [
                   {"linkId": "s.has_line", "type": "boolean", "required": true, "text": {"en": "Is there a line?"}},
                   {"linkId": "s.lines", "type": "group", "repeats": true, "text": {"en": "Lines"},
                    "enableWhen": [{"question": "s.has_line", "operator": "=", "answer": true}],
                    "items": [
                      {"linkId": "s.lines.type", "type": "choice", "required": true, "text": {"en": "Type"},
                       "answerOptions": [{"code": "DEDICATED_TIP_LINE", "display": {"en": "Dedicated line"}},
                                         {"code": "THEMATIC_LINE", "display": {"en": "Thematic line"}}]},
                      {"linkId": "s.lines.number", "type": "phone", "text": {"en": "Number"}}]},
                   {"linkId": "s.count", "type": "integer", "minValue": 0, "text": {"en": "Victims detected"}}]}]}
                """.formatted(code);
        String etag = given().auth().oauth2(admin).contentType("application/json").body(definition)
                .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag)
                .when().post("/api/questionnaire/v1/questionnaires/" + code + "/versions/1/publication").then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"A tool's round\",\"opensOn\":\"" + LocalDate.now() + "\",\"deadline\":\"2099-12-31\","
                        + "\"referenceDate\":\"2099-12-31\",\"questionnaire\":\"" + code + "\",\"questionnaireVersion\":\"1\",\"countries\":[\"" + country + "\"]}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        return code;
    }
}

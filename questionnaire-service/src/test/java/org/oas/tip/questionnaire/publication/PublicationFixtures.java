package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.DefinitionParser;
import org.oas.tip.testing.TestTokens;

import java.io.UncheckedIOException;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A small questionnaire with one group of each shape the publication handles, and a cycle that asks it. */
final class PublicationFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicationFixtures() {
    }

    /**
     * Reporting lines (repeating, REPORTING_CHANNEL), a national authority (not repeating), information systems with a
     * coded model and listed sources, plans that name their successor by title, and websites with a field the registry
     * does not have.
     */
    static String json(String code) {
        return """
                {"code": "%s", "version": "1", "title": {"en": "Publication test"},
                 "items": [
                  {"linkId": "s", "type": "group", "text": {"en": "Channels"}, "items": [
                    {"linkId": "s.has_line", "type": "boolean", "text": {"en": "Is there a line?"}},
                    {"linkId": "s.lines", "type": "group", "repeats": true, "text": {"en": "Reporting lines"},
                     "instrumentKind": "REPORTING_CHANNEL", "items": [
                      {"linkId": "s.lines.type", "type": "choice", "text": {"en": "Type"}, "instrumentField": "channel.type",
                       "answerOptions": [{"code": "DEDICATED_TIP_LINE", "display": {"en": "Dedicated line"}},
                                         {"code": "THEMATIC_LINE", "display": {"en": "Thematic line"}}]},
                      {"linkId": "s.lines.topic", "type": "open-choice", "text": {"en": "Topic"}, "instrumentField": "channel.topic",
                       "answerOptions": [{"code": "DOMESTIC_VIOLENCE", "display": {"en": "Domestic violence"}}]},
                      {"linkId": "s.lines.number", "type": "phone", "text": {"en": "Number"}, "instrumentField": "channel.contact"},
                      {"linkId": "s.lines.features", "type": "choice", "repeats": true, "text": {"en": "Features"},
                       "instrumentField": "channel.features",
                       "answerOptions": [{"code": "FREE", "display": {"en": "Free"}}, {"code": "H24", "display": {"en": "24/7"}}]}]}]},
                  {"linkId": "A", "type": "group", "text": {"en": "Authority"}, "items": [
                    {"linkId": "A.authority", "type": "group", "text": {"en": "National authority"},
                     "instrumentKind": "INTER_AGENCY_BODY", "items": [
                      {"linkId": "A.authority.title", "type": "string", "text": {"en": "Name"}, "instrumentField": "title"},
                      {"linkId": "A.authority.year", "type": "year", "text": {"en": "Established"}, "instrumentField": "yearStart"},
                      {"linkId": "A.authority.approaches", "type": "choice", "repeats": true, "text": {"en": "Approaches"},
                       "instrumentField": "body.approaches",
                       "answerOptions": [{"code": "PREVENTION", "display": {"en": "Prevention"}},
                                         {"code": "PROTECTION", "display": {"en": "Protection"}}]}]}]},
                  {"linkId": "F", "type": "group", "text": {"en": "Information"}, "items": [
                    {"linkId": "F.systems", "type": "group", "repeats": true, "text": {"en": "Information systems"},
                     "instrumentKind": "INFORMATION_SYSTEM", "items": [
                      {"linkId": "F.systems.title", "type": "string", "text": {"en": "Name"}, "instrumentField": "title"},
                      {"linkId": "F.systems.model", "type": "choice", "text": {"en": "Model"}, "instrumentField": "informationSystem.model",
                       "answerOptions": [{"code": "1", "display": {"en": "Model 1"}}, {"code": "2", "display": {"en": "Model 2"}},
                                         {"code": "3", "display": {"en": "Model 3"}}, {"code": "4", "display": {"en": "Model 4"}}]},
                      {"linkId": "F.systems.sources", "type": "choice", "repeats": true, "text": {"en": "Sources"},
                       "instrumentField": "informationSystem.sources",
                       "answerOptions": [{"code": "POLICE", "display": {"en": "Police"}},
                                         {"code": "SOCIAL_SERVICES", "display": {"en": "Social services"}}]}]}]},
                  {"linkId": "p", "type": "group", "text": {"en": "Plans"}, "items": [
                    {"linkId": "p.plans", "type": "group", "repeats": true, "text": {"en": "Plans"}, "instrumentKind": "PLAN",
                     "items": [
                      {"linkId": "p.plans.title", "type": "string", "text": {"en": "Title"}, "instrumentField": "title"},
                      {"linkId": "p.plans.successor", "type": "string", "text": {"en": "Replaced by"}, "instrumentField": "plan.successorId"}]}]},
                  {"linkId": "w", "type": "group", "text": {"en": "Websites"}, "items": [
                    {"linkId": "w.sites", "type": "group", "repeats": true, "text": {"en": "Websites"}, "instrumentKind": "WEBSITE",
                     "items": [
                      {"linkId": "w.sites.title", "type": "string", "text": {"en": "Title"}, "instrumentField": "title"},
                      {"linkId": "w.sites.colour", "type": "string", "text": {"en": "Colour"}, "instrumentField": "colour"}]},
                    {"linkId": "w.other", "type": "group", "repeats": true, "text": {"en": "Other"}, "instrumentKind": "WEBSITE",
                     "items": [
                      {"linkId": "w.other.title", "type": "string", "text": {"en": "Title"}, "instrumentField": "title"},
                      {"linkId": "w.other.year", "type": "string", "text": {"en": "Year"}, "instrumentField": "yearStart"}]}]}]}
                """.formatted(code);
    }

    static Definition definition(String code) {
        try {
            DefinitionParser.Parsed parsed = DefinitionParser.parse(JSON.readTree(json(code)));
            if (!parsed.ok()) {
                throw new IllegalStateException("test definition has problems: " + parsed.problems());
            }
            return parsed.definition();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A published questionnaire (the fixture's) and a cycle on it, both named by the returned code. */
    static String openCycle() {
        String code = "p" + UUID.randomUUID().toString().substring(0, 8);
        String admin = TestTokens.admin();
        String etag = given().auth().oauth2(admin).contentType("application/json").body(json(code))
                .when().post("/api/questionnaire/v1/questionnaires").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag)
                .when().post("/api/questionnaire/v1/questionnaires/" + code + "/versions/1/publication").then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"title\":\"Publication test\",\"opensOn\":\"2026-01-01\",\"deadline\":\"2099-12-31\",\"referenceDate\":\"2099-12-31\","
                        + "\"questionnaire\":\"" + code + "\",\"questionnaireVersion\":\"1\"}")
                .when().post("/api/questionnaire/v1/cycles").then().statusCode(201);
        return code;
    }
}

package org.oas.tip.questionnaire.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.oas.tip.questionnaire.definition.DefinitionParserTest.assertProblems;
import static org.oas.tip.questionnaire.definition.Json.json;

/** One small definition with an item of every type, and one broken document per rule. */
class ResponseValidatorTest {

    static final Definition DEFINITION = Json.items("""
            [{'linkId': 'A', 'type': 'group', 'text': {'en': 'Section A'}, 'items': [
               {'linkId': 'A.flag', 'type': 'boolean', 'text': {'en': 'Flag'}},
               {'linkId': 'A.count', 'type': 'integer', 'text': {'en': 'Count'}, 'minValue': 0, 'maxValue': 10},
               {'linkId': 'A.share', 'type': 'decimal', 'text': {'en': 'Share'}, 'maxValue': 1},
               {'linkId': 'A.date', 'type': 'date', 'text': {'en': 'Date'}},
               {'linkId': 'A.year', 'type': 'year', 'text': {'en': 'Year'}},
               {'linkId': 'A.name', 'type': 'string', 'text': {'en': 'Name'}, 'maxLength': 5},
               {'linkId': 'A.notes', 'type': 'text', 'text': {'en': 'Notes'}},
               {'linkId': 'A.language', 'type': 'string', 'text': {'en': 'Language'}, 'pattern': '[a-z]{2}'},
               {'linkId': 'A.link', 'type': 'url', 'text': {'en': 'Link'}},
               {'linkId': 'A.phone', 'type': 'phone', 'text': {'en': 'Phone'}},
               {'linkId': 'A.model', 'type': 'choice', 'text': {'en': 'Model'}, 'answerOptions': [
                  {'code': 'SOLE', 'display': {'en': 'Sole'}}, {'code': 'COLLEGIATE', 'display': {'en': 'Collegiate'}}]},
               {'linkId': 'A.topic', 'type': 'open-choice', 'text': {'en': 'Topic'}, 'maxLength': 20, 'answerOptions': [
                  {'code': 'WOMEN', 'display': {'en': 'Women'}}]},
               {'linkId': 'A.sources', 'type': 'choice', 'repeats': true, 'text': {'en': 'Sources'}, 'answerOptions': [
                  {'code': 'POLICE', 'display': {'en': 'Police'}}, {'code': 'COURTS', 'display': {'en': 'Courts'}}]},
               {'linkId': 'A.body', 'type': 'group', 'text': {'en': 'Body'}, 'items': [
                  {'linkId': 'A.body.title', 'type': 'string', 'text': {'en': 'Title'}}]},
               {'linkId': 'A.entries', 'type': 'group', 'repeats': true, 'text': {'en': 'Entries'}, 'items': [
                  {'linkId': 'A.entries.title', 'type': 'string', 'text': {'en': 'Title'}}]}]}]""");

    static final String VALID = """
            {'A': {'A.flag': true, 'A.count': 3, 'A.share': 0.25, 'A.date': '2016-10-20', 'A.year': 2016,
                   'A.name': 'CONAT', 'A.notes': 'Long enough', 'A.language': 'es', 'A.link': 'https://www.oas.org/en/',
                   'A.phone': '+1 (202) 370-5000', 'A.model': 'SOLE', 'A.topic': 'Migrants', 'A.sources': ['POLICE', 'COURTS'],
                   'A.body': {'A.body.title': 'Commission'},
                   'A.entries': [{'A.entries.title': 'One'}, {'A.entries.title': 'Two'}]}}""";

    @Test
    void aValidDocumentHasNoProblems() {
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json(VALID), Mode.SUBMISSION));
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json("{}"), Mode.DRAFT));
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION,
                json("{'A': {'A.count': 3.0, 'A.topic': 'WOMEN', 'A.name': null, 'A.body': {}, 'A.entries': []}}"),
                Mode.DRAFT), "3.0 is an integer, null and empty containers are no answer");
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                arguments("{'Z': 1}", "Z", "/Z", "unknown linkId Z"),
                arguments("{'A': {'A.zzz': 1}}", "A.zzz", "/A/A.zzz", "unknown linkId A.zzz"),
                arguments("{'A': {'A.entries': [{}, {'A.entries.bogus': 1}]}}", "A.entries.bogus",
                        "/A/A.entries/1/A.entries.bogus", "unknown linkId"),
                arguments("{'A': {'A.body.title': 'x'}}", "A.body.title", "/A/A.body.title", "belongs inside A.body"),
                arguments("{'A': {'A.name': {'x': 1}}}", "A.name", "/A/A.name", "object where a scalar is expected"),
                arguments("{'A': {'A.sources': [{'x': 1}]}}", "A.sources", "/A/A.sources/0", "object where a scalar"),
                arguments("{'A': {'A.body': 'x'}}", "A.body", "/A/A.body", "scalar where an object is expected"),
                arguments("{'A': 5}", "A", "/A", "scalar where an object is expected"),
                arguments("{'A': {'A.name': ['a']}}", "A.name", "/A/A.name", "array for a non-repeating item"),
                arguments("{'A': {'A.body': [{}]}}", "A.body", "/A/A.body", "array for a non-repeating item"),
                arguments("{'A': {'A.sources': 'POLICE'}}", "A.sources", "/A/A.sources", "scalar for a repeating item"),
                arguments("{'A': {'A.entries': {'A.entries.title': 'x'}}}", "A.entries", "/A/A.entries",
                        "object for a repeating item"),
                arguments("{'A': {'A.entries': ['x']}}", "A.entries", "/A/A.entries/0", "scalar where an object"),
                arguments("{'A': {'A.flag': 'yes'}}", "A.flag", "/A/A.flag", "wrong type: expected true or false"),
                arguments("{'A': {'A.count': 1.5}}", "A.count", "/A/A.count", "wrong type: expected an integer"),
                arguments("{'A': {'A.count': '3'}}", "A.count", "/A/A.count", "wrong type: expected an integer"),
                arguments("{'A': {'A.share': '0.5'}}", "A.share", "/A/A.share", "wrong type: expected a number"),
                arguments("{'A': {'A.year': '2016'}}", "A.year", "/A/A.year", "wrong type"),
                arguments("{'A': {'A.name': 5}}", "A.name", "/A/A.name", "wrong type: expected a string"),
                arguments("{'A': {'A.model': 1}}", "A.model", "/A/A.model", "wrong type: expected an option code"),
                arguments("{'A': {'A.date': 20161020}}", "A.date", "/A/A.date", "wrong type"),
                arguments("{'A': {'A.topic': 5}}", "A.topic", "/A/A.topic", "wrong type"),
                arguments("{'A': {'A.model': 'HYBRID'}}", "A.model", "/A/A.model",
                        "unknown option HYBRID; expected one of SOLE, COLLEGIATE"),
                arguments("{'A': {'A.sources': ['POLICE', 'PRISONS']}}", "A.sources", "/A/A.sources/1",
                        "unknown option PRISONS"),
                arguments("{'A': {'A.sources': ['POLICE', 'POLICE']}}", "A.sources", "/A/A.sources/1", "duplicate"),
                arguments("{'A': {'A.count': 11}}", "A.count", "/A/A.count", "out of range: 11 is above the maximum 10"),
                arguments("{'A': {'A.count': -1}}", "A.count", "/A/A.count", "out of range: -1 is below the minimum 0"),
                arguments("{'A': {'A.share': 1.5}}", "A.share", "/A/A.share", "out of range"),
                arguments("{'A': {'A.year': 1899}}", "A.year", "/A/A.year", "between 1900 and 2100"),
                arguments("{'A': {'A.year': 2101}}", "A.year", "/A/A.year", "between 1900 and 2100"),
                arguments("{'A': {'A.name': 'CONATT'}}", "A.name", "/A/A.name", "too long: 6 characters, at most 5"),
                arguments("{'A': {'A.body': {'A.body.title': '" + "x".repeat(501) + "'}}}", "A.body.title",
                        "/A/A.body/A.body.title", "at most 500"),
                arguments("{'A': {'A.notes': '" + "x".repeat(10_001) + "'}}", "A.notes", "/A/A.notes", "at most 10000"),
                arguments("{'A': {'A.topic': '" + "x".repeat(21) + "'}}", "A.topic", "/A/A.topic", "at most 20"),
                arguments("{'A': {'A.language': 'esp'}}", "A.language", "/A/A.language", "does not match the pattern"),
                arguments("{'A': {'A.date': '2016-02-30'}}", "A.date", "/A/A.date", "bad date"),
                arguments("{'A': {'A.date': '2016-2-3'}}", "A.date", "/A/A.date", "bad date"),
                arguments("{'A': {'A.link': 'www.oas.org'}}", "A.link", "/A/A.link", "bad URL"),
                arguments("{'A': {'A.link': 'ftp://oas.org/file'}}", "A.link", "/A/A.link", "bad URL"),
                arguments("{'A': {'A.link': 'https://'}}", "A.link", "/A/A.link", "bad URL"),
                arguments("{'A': {'A.phone': 'call 145'}}", "A.phone", "/A/A.phone", "bad phone number"),
                arguments("{'A': {'A.phone': '+'}}", "A.phone", "/A/A.phone", "bad phone number"),
                arguments("{'A': {'A.topic': '  '}}", "A.topic", "/A/A.topic", "blank answer"),
                arguments("[]", null, "", "must be a JSON object"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("brokenDocuments")
    void eachRuleNamesTheLinkIdAndThePointer(String document, String linkId, String pointer, String message) {
        assertProblems(ResponseValidator.validate(DEFINITION, json(document), Mode.DRAFT), linkId, pointer, message);
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        List<Problem> problems = ResponseValidator.validate(DEFINITION, json("""
                {'A': {'A.count': 99, 'A.model': 'X', 'A.entries': [{'A.entries.title': 1}, {'A.entries.title': 'ok'},
                       {'A.entries.title': 2}]}, 'B': {}}"""), Mode.DRAFT);

        assertProblems(problems,
                "B", "/B", "unknown linkId B",
                "A.count", "/A/A.count", "out of range",
                "A.model", "/A/A.model", "unknown option X",
                "A.entries.title", "/A/A.entries/0/A.entries.title", "wrong type",
                "A.entries.title", "/A/A.entries/2/A.entries.title", "wrong type");
    }

    @Test
    void pointersEscapeSlashAndTilde() {
        assertProblems(ResponseValidator.validate(DEFINITION, json("{'a/b~c': 1}"), Mode.DRAFT),
                "a/b~c", "/a~1b~0c", "unknown linkId");
    }
}

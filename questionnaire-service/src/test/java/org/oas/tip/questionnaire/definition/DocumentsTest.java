package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.oas.tip.questionnaire.definition.Json.json;

class DocumentsTest {

    private static final String BEFORE = """
            {'A': {'A.authority': {'A.authority.model': 'COLLEGIATE', 'A.authority.approaches': ['PREVENTION', 'PROTECTION']}},
             'E': {'E.channels': [{'E.channels.type': 'DEDICATED_TIP_LINE', 'E.channels.contact': '145'},
                                  {'E.channels.type': 'EMAIL'}]},
             'F': {}, 'G': {'G.women_vulnerable': null}}""";

    @Test
    void flattenGivesEveryAnswerByPointer() {
        Map<String, JsonNode> answers = Documents.flatten(json(BEFORE));

        assertEquals(List.of(
                        "/A/A.authority/A.authority.model",
                        "/A/A.authority/A.authority.approaches",
                        "/E/E.channels/0/E.channels.type",
                        "/E/E.channels/0/E.channels.contact",
                        "/E/E.channels/1/E.channels.type"),
                List.copyOf(answers.keySet()));
        assertEquals(json("['PREVENTION', 'PROTECTION']"), answers.get("/A/A.authority/A.authority.approaches"));
        assertEquals("145", answers.get("/E/E.channels/0/E.channels.contact").asText());
    }

    @Test
    void mergePatchMergesObjectsReplacesArraysAndDeletesWithNull() {
        JsonNode before = json(BEFORE);
        JsonNode patch = json("""
                {'A': {'A.authority': {'A.authority.approaches': ['PARTNERSHIP'], 'A.authority.head_sex': 'FEMALE'}},
                 'E': {'E.channels': [{'E.channels.type': 'EMAIL'}]},
                 'F': null, 'intro': {'intro.name': 'Ana'}}""");

        JsonNode merged = Documents.mergePatch(before, patch);

        assertEquals(json("""
                {'A': {'A.authority': {'A.authority.model': 'COLLEGIATE', 'A.authority.approaches': ['PARTNERSHIP'],
                                       'A.authority.head_sex': 'FEMALE'}},
                 'E': {'E.channels': [{'E.channels.type': 'EMAIL'}]},
                 'G': {'G.women_vulnerable': null}, 'intro': {'intro.name': 'Ana'}}"""), merged);
        assertEquals(json(BEFORE), before, "the target is not modified");
        merged.withObject("/intro").put("intro.name", "changed");
        assertEquals("Ana", patch.at("/intro/intro.name").asText(), "the result shares nothing with the patch");
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the examples of RFC 7396, appendix A
            "{'a':'b'}                | {'a':'c'}           | {'a':'c'}",
            "{'a':'b'}                | {'b':'c'}           | {'a':'b','b':'c'}",
            "{'a':'b'}                | {'a':null}          | {}",
            "{'a':'b','b':'c'}        | {'a':null}          | {'b':'c'}",
            "{'a':['b']}              | {'a':'c'}           | {'a':'c'}",
            "{'a':'c'}                | {'a':['b']}         | {'a':['b']}",
            "{'a':{'b':'c'}}          | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}        | {'a':[1]}           | {'a':[1]}",
            "['a','b']                | ['c','d']           | ['c','d']",
            "{'a':'b'}                | ['c']               | ['c']",
            "{'a':'foo'}              | null                | null",
            "{'a':'foo'}              | 'bar'               | 'bar'",
            "{'e':null}               | {'a':1}             | {'e':null,'a':1}",
            "[1,2]                    | {'a':'b','c':null}  | {'a':'b'}",
            "{}                       | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}",
    })
    void mergePatchFollowsRfc7396(String target, String patch, String result) {
        assertEquals(json(result), Documents.mergePatch(json(target), json(patch)));
    }

    @Test
    void diffListsAddedChangedAndRemovedAnswers() {
        JsonNode after = Documents.mergePatch(json(BEFORE), json("""
                {'A': {'A.authority': {'A.authority.approaches': ['PREVENTION'], 'A.authority.model': null}},
                 'E': {'E.channels': [{'E.channels.type': 'DEDICATED_TIP_LINE', 'E.channels.contact': '0800-222-1717'},
                                      {'E.channels.type': 'EMAIL'},
                                      {'E.channels.type': 'APP', 'E.channels.title': 'App'}]}}"""));

        List<Documents.Change> changes = Documents.diff(json(BEFORE), after);

        assertEquals(List.of(
                        "/A/A.authority/A.authority.model A.authority.model \"COLLEGIATE\" -> null",
                        "/A/A.authority/A.authority.approaches A.authority.approaches [\"PREVENTION\",\"PROTECTION\"] -> [\"PREVENTION\"]",
                        "/E/E.channels/0/E.channels.contact E.channels.contact \"145\" -> \"0800-222-1717\"",
                        "/E/E.channels/2/E.channels.type E.channels.type null -> \"APP\"",
                        "/E/E.channels/2/E.channels.title E.channels.title null -> \"App\""),
                changes.stream().map(c -> c.pointer() + " " + c.linkId() + " " + c.before() + " -> " + c.after()).toList());
        assertNull(changes.get(0).after());
        assertEquals(List.of(), Documents.diff(json(BEFORE), json(BEFORE)));
    }

    @Test
    void diffOfARemovedEntryNamesEachAnswerItHeld() {
        List<Documents.Change> changes = Documents.diff(json(BEFORE),
                json("{'E': {'E.channels': [{'E.channels.type': 'EMAIL'}]}}"));

        assertEquals(List.of(
                        "/A/A.authority/A.authority.model",
                        "/A/A.authority/A.authority.approaches",
                        "/E/E.channels/0/E.channels.type",
                        "/E/E.channels/0/E.channels.contact",
                        "/E/E.channels/1/E.channels.type"),
                changes.stream().map(Documents.Change::pointer).toList());
        assertEquals("E.channels.contact", changes.get(3).linkId());
        assertNull(changes.get(4).after());
    }
}

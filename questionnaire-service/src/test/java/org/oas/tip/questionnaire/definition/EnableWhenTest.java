package org.oas.tip.questionnaire.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.questionnaire.definition.DefinitionParserTest.assertProblems;
import static org.oas.tip.questionnaire.definition.Json.json;

/** enableWhen with FHIR semantics: operators, repeating group entries, other groups and nested disabled groups. */
class EnableWhenTest {

    private static final Definition CHANNELS = Json.items("""
            [{'linkId': 'E', 'type': 'group', 'text': {'en': 'Section E'}, 'items': [
               {'linkId': 'E.channels', 'type': 'group', 'repeats': true, 'text': {'en': 'Channels'}, 'items': [
                  {'linkId': 'E.channels.type', 'type': 'choice', 'required': true, 'text': {'en': 'Type'},
                   'answerOptions': [{'code': 'DEDICATED_TIP_LINE', 'display': {'en': 'Line'}},
                                     {'code': 'THEMATIC_LINE', 'display': {'en': 'Thematic'}}]},
                  {'linkId': 'E.channels.topic', 'type': 'open-choice', 'required': true, 'text': {'en': 'Topic'},
                   'answerOptions': [{'code': 'WOMEN', 'display': {'en': 'Women'}}],
                   'enableWhen': [{'question': 'E.channels.type', 'operator': '=', 'answer': 'THEMATIC_LINE'}]}]},
               {'linkId': 'E.thematic_summary', 'type': 'text', 'text': {'en': 'About the thematic lines'},
                'enableWhen': [{'question': 'E.channels.type', 'operator': '=', 'answer': 'THEMATIC_LINE'}]}]}]""");

    @Test
    void aConditionInsideARepeatingGroupReadsTheSameEntry() {
        String document = """
                {'E': {'E.channels': [
                   {'E.channels.type': 'DEDICATED_TIP_LINE', 'E.channels.topic': 'WOMEN'},
                   {'E.channels.type': 'THEMATIC_LINE'},
                   {'E.channels.type': 'THEMATIC_LINE', 'E.channels.topic': 'LABOUR'},
                   {'E.channels.type': 'DEDICATED_TIP_LINE'}]}}""";

        assertProblems(ResponseValidator.validate(CHANNELS, json(document), Mode.SUBMISSION),
                "E.channels.topic", "/E/E.channels/0/E.channels.topic",
                "answers a disabled item: enabled only when E.channels.type = THEMATIC_LINE",
                "E.channels.topic", "/E/E.channels/1/E.channels.topic", "required item has no answer");
        assertProblems(ResponseValidator.validate(CHANNELS, json(document), Mode.DRAFT),
                "E.channels.topic", "/E/E.channels/0/E.channels.topic", "answers a disabled item");
    }

    @Test
    void fromOutsideTheGroupAnyEntryCounts() {
        String oneThematic = """
                {'E': {'E.channels': [{'E.channels.type': 'DEDICATED_TIP_LINE'},
                                      {'E.channels.type': 'THEMATIC_LINE', 'E.channels.topic': 'WOMEN'}],
                       'E.thematic_summary': 'One line for women'}}""";

        assertEquals(List.of(), ResponseValidator.validate(CHANNELS, json(oneThematic), Mode.SUBMISSION));
        assertProblems(ResponseValidator.validate(CHANNELS,
                        json(oneThematic.replace("'THEMATIC_LINE', 'E.channels.topic': 'WOMEN'", "'DEDICATED_TIP_LINE'")),
                        Mode.DRAFT),
                "E.thematic_summary", "/E/E.thematic_summary", "answers a disabled item");
    }

    private static final Definition NESTED = Json.items("""
            [{'linkId': 'A', 'type': 'group', 'text': {'en': 'Section A'}, 'items': [
               {'linkId': 'A.model', 'type': 'choice', 'text': {'en': 'Model'}, 'answerOptions': [
                  {'code': 'SOLE', 'display': {'en': 'Sole'}}, {'code': 'COLLEGIATE', 'display': {'en': 'Collegiate'}}]}]},
             {'linkId': 'C', 'type': 'group', 'text': {'en': 'Section C'}, 'items': [
               {'linkId': 'C.known', 'type': 'boolean', 'required': true, 'text': {'en': 'Known?'}},
               {'linkId': 'C.cso', 'type': 'boolean', 'text': {'en': 'Civil society?'},
                'enableWhen': [{'question': 'A.model', 'operator': '!=', 'answer': 'SOLE'}]},
               {'linkId': 'C.traffickers', 'type': 'group', 'text': {'en': 'Traffickers'},
                'enableWhen': [{'question': 'C.known', 'operator': '=', 'answer': true}], 'items': [
                  {'linkId': 'C.traffickers.organized', 'type': 'boolean', 'required': true, 'text': {'en': 'Organized?'}},
                  {'linkId': 'C.traffickers.networks', 'type': 'group', 'required': true, 'text': {'en': 'Networks'},
                   'enableWhen': [{'question': 'C.traffickers.organized', 'operator': '=', 'answer': true}], 'items': [
                      {'linkId': 'C.traffickers.networks.name', 'type': 'string', 'required': true,
                       'text': {'en': 'Name'}}]}]}]}]""");

    @Test
    void aDisabledGroupIsOneProblemWhateverItHolds() {
        assertProblems(ResponseValidator.validate(NESTED, json("""
                        {'C': {'C.known': false, 'C.traffickers': {'C.traffickers.organized': false,
                               'C.traffickers.networks': {'C.traffickers.networks.name': 'x'}}}}"""), Mode.SUBMISSION),
                "C.traffickers", "/C/C.traffickers", "answers a disabled item: enabled only when C.known = true");
    }

    @Test
    void aDisabledGroupDisablesItsDescendants() {
        assertEquals(List.of(), ResponseValidator.validate(NESTED, json("{'C': {'C.known': false}}"), Mode.SUBMISSION));
    }

    @Test
    void anEnabledButAbsentOptionalGroupOwesNothing() {
        assertEquals(List.of(), ResponseValidator.validate(NESTED, json("{'C': {'C.known': true}}"), Mode.SUBMISSION));
    }

    @Test
    void aNestedGroupIsEnabledAndRequiredByItsOwnCondition() {
        assertProblems(ResponseValidator.validate(NESTED, json("""
                        {'C': {'C.known': true, 'C.traffickers': {'C.traffickers.organized': true}}}"""), Mode.SUBMISSION),
                "C.traffickers.networks", "/C/C.traffickers/C.traffickers.networks", "required item has no answer");
        assertProblems(ResponseValidator.validate(NESTED, json("""
                        {'C': {'C.known': true, 'C.traffickers': {'C.traffickers.organized': false,
                               'C.traffickers.networks': {'C.traffickers.networks.name': 'x'}}}}"""), Mode.DRAFT),
                "C.traffickers.networks", "/C/C.traffickers/C.traffickers.networks",
                "enabled only when C.traffickers.organized = true");
    }

    @Test
    void aConditionOnAnotherSectionReadsTheDocument() {
        assertProblems(ResponseValidator.validate(NESTED,
                        json("{'A': {'A.model': 'SOLE'}, 'C': {'C.known': false, 'C.cso': true}}"), Mode.DRAFT),
                "C.cso", "/C/C.cso", "enabled only when A.model != SOLE");
        assertEquals(List.of(), ResponseValidator.validate(NESTED,
                json("{'A': {'A.model': 'COLLEGIATE'}, 'C': {'C.known': false, 'C.cso': true}}"), Mode.DRAFT));
        assertEquals(List.of(), ResponseValidator.validate(NESTED,
                json("{'C': {'C.known': false, 'C.cso': true}}"), Mode.DRAFT), "!= holds when nothing is answered");
    }

    @ParameterizedTest(name = "{0} {1} {2}, answer {3}: enabled {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "integer | =      | 3            | 3            | true",
            "integer | =      | 3            | 4            | false",
            "integer | =      | 3            |              | false",
            "integer | !=     | 3            | 4            | true",
            "integer | !=     | 3            | 3            | false",
            "integer | >      | 3            | 4            | true",
            "integer | >      | 3            | 3            | false",
            "integer | >      | 3            |              | false",
            "integer | >=     | 3            | 3            | true",
            "integer | <      | 3            | 2            | true",
            "integer | <=     | 3            | 4            | false",
            "decimal | =      | 0.5          | 0.50         | true",
            "date    | >      | '2016-01-01' | '2016-10-20' | true",
            "date    | <      | '2016-01-01' | '2016-10-20' | false",
            "string  | =      | 'a'          | 'a'          | true",
            "string  | <      | 'b'          | 'a'          | true",
            "boolean | =      | true         | true         | true",
            "boolean | =      | true         | false        | false",
            "boolean | !=     | true         | false        | true",
            "boolean | exists | true         | false        | true",
            "boolean | exists | true         |              | false",
            "boolean | exists | false        |              | true",
            "boolean | exists | false        | true         | false",
            "string  | exists | true         | '  '         | false",
    })
    void operators(String type, String operator, String expected, String answer, boolean enabled) {
        Definition definition = Json.items("[{'linkId': 'Q', 'type': '" + type + "', 'text': {'en': 'Q'}},"
                + " {'linkId': 'X', 'type': 'string', 'text': {'en': 'X'}, 'enableWhen': [{'question': 'Q',"
                + " 'operator': '" + operator + "', 'answer': " + expected + "}]}]");
        String document = "{" + (answer == null ? "" : "'Q': " + answer + ", ") + "'X': 'answer'}";

        assertEquals(enabled, ResponseValidator.validate(definition, json(document), Mode.DRAFT).isEmpty());
    }

    @Test
    void behaviourAnyNeedsOneConditionAndAllNeedsEvery() {
        String items = "[{'linkId': 'Q', 'type': 'integer', 'text': {'en': 'Q'}}, {'linkId': 'X', 'type': 'string',"
                + " 'text': {'en': 'X'}, 'enableBehavior': 'BEHAVIOR', 'enableWhen': ["
                + " {'question': 'Q', 'operator': '=', 'answer': 1}, {'question': 'Q', 'operator': '=', 'answer': 2}]}]";
        Definition any = Json.items(items.replace("BEHAVIOR", "any"));
        Definition all = Json.items(items.replace("BEHAVIOR", "all"));

        assertEquals(List.of(), ResponseValidator.validate(any, json("{'Q': 2, 'X': 'x'}"), Mode.DRAFT));
        assertProblems(ResponseValidator.validate(any, json("{'Q': 3, 'X': 'x'}"), Mode.DRAFT),
                "X", "/X", "enabled only when Q = 1 or Q = 2");
        assertProblems(ResponseValidator.validate(all, json("{'Q': 2, 'X': 'x'}"), Mode.DRAFT),
                "X", "/X", "enabled only when Q = 1 and Q = 2");
    }

    @Test
    void aRepeatingQuestionMatchesWhenAnyOfItsAnswersDoes() {
        Definition definition = Json.items("""
                [{'linkId': 'S', 'type': 'choice', 'repeats': true, 'text': {'en': 'S'}, 'answerOptions': [
                   {'code': 'POLICE', 'display': {'en': 'Police'}}, {'code': 'NGO', 'display': {'en': 'NGO'}}]},
                 {'linkId': 'X', 'type': 'string', 'text': {'en': 'X'},
                  'enableWhen': [{'question': 'S', 'operator': '=', 'answer': 'NGO'}]}]""");

        assertEquals(List.of(), ResponseValidator.validate(definition, json("{'S': ['POLICE', 'NGO'], 'X': 'x'}"),
                Mode.DRAFT));
        assertProblems(ResponseValidator.validate(definition, json("{'S': ['POLICE'], 'X': 'x'}"), Mode.DRAFT),
                "X", "/X", "enabled only when S = NGO");
    }

    @Test
    void anEntryCanDependOnAnAnswerOutsideItsGroup() {
        Definition definition = Json.items("""
                [{'linkId': 'flag', 'type': 'boolean', 'text': {'en': 'Flag'}},
                 {'linkId': 'list', 'type': 'group', 'repeats': true, 'text': {'en': 'List'}, 'items': [
                    {'linkId': 'list.name', 'type': 'string', 'text': {'en': 'Name'}},
                    {'linkId': 'list.extra', 'type': 'string', 'text': {'en': 'Extra'},
                     'enableWhen': [{'question': 'flag', 'operator': '=', 'answer': true}]}]}]""");

        assertProblems(ResponseValidator.validate(definition, json("""
                        {'flag': false, 'list': [{'list.name': 'a'}, {'list.name': 'b', 'list.extra': 'x'}]}"""),
                        Mode.DRAFT),
                "list.extra", "/list/1/list.extra", "enabled only when flag = true");
    }
}

package org.oas.tip.questionnaire.definition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.questionnaire.definition.DefinitionParserTest.assertProblems;
import static org.oas.tip.questionnaire.definition.Json.json;

/** Required items: owed only in a submission, in each entry of a repeating group, not inside an absent optional group. */
class RequiredItemsTest {

    private static final Definition DEFINITION = Json.items("""
            [{'linkId': 'intro', 'type': 'group', 'text': {'en': 'Respondent'}, 'items': [
               {'linkId': 'intro.name', 'type': 'string', 'required': true, 'text': {'en': 'Name'}},
               {'linkId': 'intro.phone', 'type': 'phone', 'text': {'en': 'Phone'}}]},
             {'linkId': 'B', 'type': 'group', 'text': {'en': 'Section B'}, 'items': [
               {'linkId': 'B.laws', 'type': 'group', 'repeats': true, 'required': true, 'text': {'en': 'Laws'}, 'items': [
                  {'linkId': 'B.laws.title', 'type': 'string', 'required': true, 'text': {'en': 'Title'}},
                  {'linkId': 'B.laws.year', 'type': 'year', 'text': {'en': 'Year'}}]},
               {'linkId': 'B.authority', 'type': 'group', 'required': true, 'text': {'en': 'Authority'}, 'items': [
                  {'linkId': 'B.authority.title', 'type': 'string', 'required': true, 'text': {'en': 'Title'}},
                  {'linkId': 'B.authority.link', 'type': 'url', 'text': {'en': 'Link'}}]},
               {'linkId': 'B.meta', 'type': 'group', 'required': true, 'text': {'en': 'Meta'}, 'items': [
                  {'linkId': 'B.meta.note', 'type': 'string', 'text': {'en': 'Note'}}]},
               {'linkId': 'B.optional', 'type': 'group', 'text': {'en': 'Optional'}, 'items': [
                  {'linkId': 'B.optional.title', 'type': 'string', 'required': true, 'text': {'en': 'Title'}},
                  {'linkId': 'B.optional.year', 'type': 'year', 'text': {'en': 'Year'}}]},
               {'linkId': 'B.sources', 'type': 'choice', 'repeats': true, 'required': true, 'text': {'en': 'Sources'},
                'answerOptions': [{'code': 'POLICE', 'display': {'en': 'Police'}}]}]}]""");

    private static final String COMPLETE = """
            {'intro': {'intro.name': 'Ana'},
             'B': {'B.laws': [{'B.laws.title': 'Law 1'}], 'B.authority': {'B.authority.title': 'CONAT'},
                   'B.meta': {'B.meta.note': 'n'}, 'B.sources': ['POLICE']}}""";

    @Test
    void aDraftMayLeaveEverythingOut() {
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json("{}"), Mode.DRAFT));
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION,
                json("{'B': {'B.laws': [{'B.laws.year': 2005}], 'B.authority': {}}}"), Mode.DRAFT));
    }

    @Test
    void aSubmissionListsEveryMissingRequiredItem() {
        assertProblems(ResponseValidator.validate(DEFINITION, json("{}"), Mode.SUBMISSION),
                "intro.name", "/intro/intro.name", "required item has no answer",
                "B.laws", "/B/B.laws", "required",
                "B.authority", "/B/B.authority", "required",
                "B.meta", "/B/B.meta", "required",
                "B.sources", "/B/B.sources", "required");
    }

    @Test
    void aCompleteSubmissionHasNoProblems() {
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json(COMPLETE), Mode.SUBMISSION));
    }

    @Test
    void aRequiredItemOfARepeatingGroupIsOwedInEachEntry() {
        String document = COMPLETE.replace("[{'B.laws.title': 'Law 1'}]",
                "[{'B.laws.title': 'Law 1'}, {'B.laws.year': 2005}, {'B.laws.title': ' '}]");

        assertProblems(ResponseValidator.validate(DEFINITION, json(document), Mode.SUBMISSION),
                "B.laws.title", "/B/B.laws/1/B.laws.title", "required",
                "B.laws.title", "/B/B.laws/2/B.laws.title", "required");
    }

    @Test
    void emptyArraysNullsAndBlankStringsAreNoAnswer() {
        String document = COMPLETE.replace("[{'B.laws.title': 'Law 1'}]", "[]")
                .replace("'Ana'", "null").replace("['POLICE']", "[]");

        assertProblems(ResponseValidator.validate(DEFINITION, json(document), Mode.SUBMISSION),
                "intro.name", "/intro/intro.name", "required",
                "B.laws", "/B/B.laws", "required",
                "B.sources", "/B/B.sources", "required");
    }

    @Test
    void aPresentGroupReportsItsOwnMissingItemsRatherThanItself() {
        String document = COMPLETE.replace("{'B.authority.title': 'CONAT'}", "{'B.authority.link': 'https://a.org'}")
                .replace("{'B.meta.note': 'n'}", "{}");

        assertProblems(ResponseValidator.validate(DEFINITION, json(document), Mode.SUBMISSION),
                "B.authority.title", "/B/B.authority/B.authority.title", "required",
                "B.meta", "/B/B.meta", "required");
    }

    @Test
    void anOptionalGroupOwesItsRequiredItemsOnlyOnceStarted() {
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json(COMPLETE), Mode.SUBMISSION));
        String started = COMPLETE.replace("'B.sources'", "'B.optional': {'B.optional.year': 2000}, 'B.sources'");

        assertProblems(ResponseValidator.validate(DEFINITION, json(started), Mode.SUBMISSION),
                "B.optional.title", "/B/B.optional/B.optional.title", "required");
        assertEquals(List.of(), ResponseValidator.validate(DEFINITION, json(started), Mode.DRAFT));
    }
}

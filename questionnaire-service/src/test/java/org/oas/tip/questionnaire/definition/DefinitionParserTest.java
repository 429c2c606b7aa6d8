package org.oas.tip.questionnaire.definition;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.questionnaire.definition.Json.json;
import static org.oas.tip.questionnaire.definition.Json.resource;

class DefinitionParserTest {

    @Test
    void the2016QuestionnaireParsesWithoutProblems() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(resource("/baseline/questionnaire-2016.json"));

        assertEquals(List.of(), parsed.problems());
        Definition definition = parsed.definition();
        assertEquals("oas-tip-2016", definition.code());
        assertEquals("1", definition.version());
        assertEquals(8, definition.items().size());
        assertEquals(46, definition.allItems().size());
        assertEquals(10, definition.allItems().stream().filter(Item::isGroup).count());
    }

    @Test
    void theStructuredQuestionnaireParsesWithoutProblems() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(resource("/baseline/questionnaire-structured.json"));

        assertEquals(List.of(), parsed.problems());
        assertTrue(parsed.ok());
        Definition definition = parsed.definition();
        assertEquals(10, definition.items().size());
        assertEquals(261, definition.allItems().size());
        assertEquals(38, definition.allItems().stream().filter(Item::isGroup).count());
    }

    @Test
    void itemsKeepEverythingTheDefinitionSays() {
        Definition definition = Json.structured();

        Item topic = definition.item("E.channels.topic").orElseThrow();
        assertEquals(ItemType.OPEN_CHOICE, topic.type());
        assertTrue(topic.required());
        assertEquals(List.of("E.channels.type"), topic.enableWhen().stream().map(EnableWhen::question).toList());
        assertEquals("THEMATIC_LINE", topic.enableWhen().get(0).answer().asText());
        assertEquals("channel.topic", topic.instrumentField());
        assertFalse(topic.enableAny());

        Item channels = definition.item("E.channels").orElseThrow();
        assertTrue(channels.repeats());
        assertEquals("REPORTING_CHANNEL", channels.instrumentKind());

        Item year = definition.item("A.authority.year_established").orElseThrow();
        assertEquals(ItemType.YEAR, year.type());
        assertEquals(0, new BigDecimal(1900).compareTo(year.minValue()));
        assertEquals(0, new BigDecimal(2100).compareTo(year.maxValue()));
        assertEquals("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", definition.item("B.laws.language").orElseThrow().pattern());
        assertTrue(definition.item("nope").isEmpty());
    }

    @Test
    void allItemsIsDepthFirstInDocumentOrder() {
        Definition definition = Json.items("""
                [{'linkId': 'A', 'type': 'group', 'text': {'en': 'A'}, 'items': [
                   {'linkId': 'A.1', 'type': 'group', 'text': {'en': 'A.1'}, 'items': [
                      {'linkId': 'A.1.a', 'type': 'string', 'text': {'en': 'A.1.a'}}]},
                   {'linkId': 'A.2', 'type': 'string', 'text': {'en': 'A.2'}}]},
                 {'linkId': 'B', 'type': 'boolean', 'text': {'en': 'B'}}]""");

        assertEquals(List.of("A", "A.1", "A.1.a", "A.2", "B"),
                definition.allItems().stream().map(Item::linkId).toList());
    }

    @Test
    void aBrokenDefinitionListsEachProblem() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json("""
                {'code': '', 'version': '1', 'title': {'es': 'Sin inglés'}, 'items': [
                  {'linkId': 'A', 'type': 'group', 'text': {'en': 'A'}, 'items': [
                    {'linkId': 'A.1', 'type': 'boolean', 'text': {'en': 'One'}},
                    {'linkId': 'A.1', 'type': 'string', 'text': {'en': 'Twice'}},
                    {'linkId': 'bad id', 'type': 'string', 'text': {'en': 'Space'}},
                    {'linkId': 'A.2', 'type': 'number', 'text': {'en': 'Unknown type'}},
                    {'linkId': 'A.3', 'type': 'choice', 'text': {'en': 'No options'}},
                    {'linkId': 'A.4', 'type': 'choice', 'text': {'en': 'Same code'}, 'answerOptions': [
                       {'code': 'X', 'display': {'en': 'X'}}, {'code': 'X', 'display': {'en': 'Y'}}]},
                    {'linkId': 'A.5', 'type': 'group', 'text': {'en': 'Empty group'}, 'items': []},
                    {'linkId': 'A.6', 'type': 'string', 'text': {'en': 'Question with items'},
                     'items': [{'linkId': 'A.6.1', 'type': 'string', 'text': {'en': 'Child'}}]},
                    {'linkId': 'A.7', 'type': 'string', 'text': {'en': 'Dangling'},
                     'enableWhen': [{'question': 'A.99', 'operator': '=', 'answer': 'x'}]},
                    {'linkId': 'A.8', 'type': 'boolean', 'text': {'en': 'Self'},
                     'enableWhen': [{'question': 'A.8', 'operator': 'exists', 'answer': true}]},
                    {'linkId': 'A.9', 'type': 'string', 'text': {'en': 'Bad operator'},
                     'enableWhen': [{'question': 'A.1', 'operator': '~', 'answer': true}]},
                    {'linkId': 'A.10', 'type': 'integer', 'text': {'en': 'Min above max'}, 'minValue': 10, 'maxValue': 1},
                    {'linkId': 'A.11', 'type': 'string', 'text': {'en': 'Bad pattern'}, 'pattern': '[a-'},
                    {'linkId': 'A.12', 'type': 'string', 'text': {'es': 'Sin inglés'}}
                  ]}]}"""));

        assertNull(parsed.definition(), "duplicate linkIds and dangling conditions make it unusable");
        assertProblems(parsed.problems(),
                null, "/code", "code is required",
                null, "/title/en", "the title has no English text",
                "A.1", "/items/0/items/1/linkId", "duplicate linkId A.1, first used at /items/0/items/0",
                "bad id", "/items/0/items/2/linkId", "linkId must match",
                "A.2", "/items/0/items/3/type", "unknown type \"number\"",
                "A.3", "/items/0/items/4/answerOptions", "needs answerOptions",
                "A.4", "/items/0/items/5/answerOptions/1/code", "duplicate option code X",
                "A.5", "/items/0/items/6/items", "a group needs at least one item",
                "A.6", "/items/0/items/7/items", "only a group can have items",
                "A.9", "/items/0/items/10/enableWhen/0/operator", "operator must be one of",
                "A.10", "/items/0/items/11/minValue", "minValue 10 is above maxValue 1",
                "A.11", "/items/0/items/12/pattern", "pattern does not compile",
                "A.12", "/items/0/items/13/text/en", "the item has no English text",
                "A.7", "/items/0/items/8/enableWhen/0/question", "unknown item A.99",
                "A.8", "/items/0/items/9/enableWhen/0/question", "its own answer");
    }

    @Test
    void lesserProblemsAreListedButLeaveTheDefinitionUsable() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json("""
                {'code': 'c', 'version': 2, 'title': {'en': 'T', 'de': 'Titel'}, 'items': [
                  {'linkId': 'Q', 'type': 'decimal', 'text': {'es': 'Pregunta'}, 'minValue': 5, 'maxValue': 1,
                   'requried': true},
                  {'linkId': 'C', 'type': 'choice', 'text': {'en': 'C'}, 'answerOptions': [{'code': 'A', 'display': {}}]},
                  {'linkId': 'R', 'type': 'string', 'text': {'en': 'R'},
                   'enableWhen': [{'question': 'C', 'operator': '=', 'answer': 'B'}]}]}"""));

        assertNotNull(parsed.definition());
        assertFalse(parsed.ok());
        assertEquals("2", parsed.definition().version());
        assertProblems(parsed.problems(),
                null, "/title/de", "unknown language de",
                "Q", "/items/0/requried", "unknown property requried",
                "Q", "/items/0/text/en", "no English text",
                "Q", "/items/0/minValue", "above maxValue",
                "C", "/items/1/answerOptions/0/display/en", "option A has no English text",
                "R", "/items/2/enableWhen/0/answer", "C has no option B");
    }

    @Test
    void aGroupCannotDependOnItsOwnChild() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json("""
                {'code': 'c', 'version': '1', 'title': {'en': 'T'}, 'items': [
                  {'linkId': 'G', 'type': 'group', 'text': {'en': 'G'},
                   'enableWhen': [{'question': 'G.a', 'operator': 'exists', 'answer': true}],
                   'items': [{'linkId': 'G.a', 'type': 'boolean', 'text': {'en': 'a'}}]}]}"""));

        assertNull(parsed.definition());
        assertProblems(parsed.problems(), "G", "/items/0/enableWhen/0/question", "inside it");
    }

    @Test
    void conditionsNeedAnAnswerOfTheRightKind() {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json("""
                {'code': 'c', 'version': '1', 'title': {'en': 'T'}, 'items': [
                  {'linkId': 'B', 'type': 'boolean', 'text': {'en': 'B'}},
                  {'linkId': 'X', 'type': 'string', 'text': {'en': 'X'}, 'enableBehavior': 'some', 'enableWhen': [
                    {'question': 'B', 'operator': 'exists', 'answer': 'yes'},
                    {'question': 'B', 'operator': '='},
                    {'question': 'B', 'operator': '=', 'answer': 'true'}]}]}"""));

        assertNull(parsed.definition());
        assertProblems(parsed.problems(),
                "X", "/items/1/enableWhen/0/answer", "must be true or false",
                "X", "/items/1/enableWhen/1/answer", "needs an answer",
                "X", "/items/1/enableBehavior", "all or any",
                "X", "/items/1/enableWhen/2/answer", "B is a boolean question");
    }

    @Test
    void somethingThatIsNotADefinitionIsOneProblem() {
        assertProblems(DefinitionParser.parse(json("[1, 2]")).problems(), null, "", "must be a JSON object");
        DefinitionParser.Parsed noItems = DefinitionParser.parse(json("{'code': 'c', 'version': '1', 'title': {'en': 'T'}}"));
        assertNull(noItems.definition());
        assertProblems(noItems.problems(), null, "/items", "items is required");
    }

    @Test
    void textsFallBackToEnglish() {
        Texts texts = new Texts("Hello", "Hola", " ", null);

        assertEquals("Hola", texts.in("es"));
        assertEquals("Hello", texts.in("fr"));
        assertEquals("Hello", texts.in("pt"));
        assertEquals("Hello", texts.in(null));
        assertNull(texts.exactly("fr"));
        assertEquals("open-choice", ItemType.OPEN_CHOICE.jsonName());
        assertEquals(ItemType.OPEN_CHOICE, ItemType.fromJson("open-choice").orElseThrow());
    }

    /** Asserts the problems in order, as triples of linkId, pointer and a part of the message. */
    static void assertProblems(List<Problem> problems, String... expected) {
        List<String> actual = problems.stream().map(p -> p.linkId() + " " + p.pointer()).toList();
        List<String> wanted = new java.util.ArrayList<>();
        for (int i = 0; i < expected.length; i += 3) {
            wanted.add(expected[i] + " " + expected[i + 1]);
        }
        assertEquals(wanted, actual, () -> "problems: " + problems);
        for (int i = 0; i < expected.length; i += 3) {
            String message = problems.get(i / 3).message();
            String part = expected[i + 2];
            assertTrue(message.contains(part), () -> "'" + message + "' should contain '" + part + "'");
        }
    }

    @Test
    void aDefinitionWhoseAnswersWouldNotFitTheHistoryIsRefused() {
        // five nested groups and a question, each linkId 100 characters: an answer's pointer would be 606 characters
        String leaf = "{\"linkId\": \"" + "f".repeat(100) + "\", \"type\": \"string\", \"text\": {\"en\": \"Q\"}}";
        String items = leaf;
        for (char c = 'a'; c <= 'e'; c++) {
            items = "{\"linkId\": \"" + String.valueOf(c).repeat(100) + "\", \"type\": \"group\", \"text\": {\"en\": \"G\"}, "
                    + "\"items\": [" + items + "]}";
        }
        DefinitionParser.Parsed parsed = DefinitionParser.parse(json("{\"code\": \"deep\", \"version\": \"1\", "
                + "\"title\": {\"en\": \"Deep\"}, \"items\": [" + items + "]}"));

        assertNull(parsed.definition());
        assertEquals("/items/0/items/0/items/0/items/0/items/0/items/0/linkId", parsed.problems().get(0).pointer());
        assertTrue(parsed.problems().get(0).message().contains("606"));
    }
}

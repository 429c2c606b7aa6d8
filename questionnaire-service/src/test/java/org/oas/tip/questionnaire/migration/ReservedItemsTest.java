package org.oas.tip.questionnaire.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.DefinitionParser;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.definition.Reserved;
import org.oas.tip.questionnaire.definition.ResponseSchema;
import org.oas.tip.questionnaire.definition.Texts;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structured questionnaire version 2: version 1 plus the reserved items, known by role and translated. */
class ReservedItemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyInstrumentGroupGetsTheReservedItemsInFourLanguages() throws Exception {
        JsonNode v1 = v1();
        DefinitionParser.Parsed parsed = DefinitionParser.parse(ReservedItems.addTo(v1, "2"));
        assertTrue(parsed.ok(), parsed.problems().toString());
        Definition v2 = parsed.definition();
        assertEquals("2", v2.version());
        List<Item> groups = v2.allItems().stream().filter(i -> i.instrumentKind() != null).toList();
        assertEquals(16, groups.size());
        for (Item group : groups) {
            for (Reserved role : List.of(Reserved.REGISTRY_ID, Reserved.REGISTRY_REVISION, Reserved.ACTION, Reserved.STATUS,
                    Reserved.STATUS_DATE, Reserved.REASON)) {
                Item item = group.reservedChild(role).orElse(null);
                assertNotNull(item, group.linkId() + " has no " + role.role());
                for (String language : Texts.LANGUAGES) {
                    assertNotNull(item.text().exactly(language), item.linkId() + " in " + language);
                    item.answerOptions().forEach(o -> assertNotNull(o.display().exactly(language), o.code() + " in " + language));
                }
            }
            boolean succeeded = group.instrumentKind().equals("PLAN") || group.instrumentKind().equals("NATIONAL_POLICY");
            assertEquals(succeeded, group.reservedChild(Reserved.SUCCESSOR_ID).isPresent(), group.linkId());
            assertTrue(group.reconciles());
        }
        assertEquals("B.plans.successor_id", v2.item("B.plans").orElseThrow().reservedChild(Reserved.SUCCESSOR_ID).orElseThrow().linkId());
        // the ending's status and date are asked only when the action is END, and then required
        Item status = v2.item("E.channels.status").orElseThrow();
        assertTrue(status.required());
        assertEquals("E.channels.action", status.enableWhen().get(0).question());
        // the tools' JSON Schema names each reserved key's role
        assertEquals("registryId", ResponseSchema.of(v2, Mode.DRAFT)
                .at("/properties/E/properties/E.channels/items/properties/E.channels.registry_id/x-reserved").asText());
        // version 1 is not touched
        assertFalse(v1.toString().contains("registry_id"));
        assertEquals("1", v1.get("version").asText());
    }

    @Test
    void anUnknownRoleOrAWrongTypeMakesTheDefinitionUnusable() throws Exception {
        JsonNode bad = JSON.readTree("""
                {"code": "r", "version": "1", "title": {"en": "R"}, "items": [
                  {"linkId": "g", "type": "group", "text": {"en": "G"}, "repeats": true, "instrumentKind": "PLAN", "items": [
                    {"linkId": "g.id", "type": "string", "text": {"en": "Id"}, "reserved": "registryId"},
                    {"linkId": "g.x", "type": "integer", "text": {"en": "X"}, "reserved": "colour"}]}]}""");
        DefinitionParser.Parsed parsed = DefinitionParser.parse(bad);
        assertEquals(null, parsed.definition());
        assertEquals(List.of("/items/0/items/0/reserved", "/items/0/items/1/reserved"),
                parsed.problems().stream().map(p -> p.pointer()).toList());
    }

    private static JsonNode v1() throws Exception {
        try (InputStream in = ReservedItemsTest.class.getResourceAsStream("/baseline/questionnaire-structured.json")) {
            return JSON.readTree(in);
        }
    }
}

package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From a definition and an accepted response to the registry's bodies: keys, fields, conversions, default titles. */
class InstrumentMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final InstrumentMapper mapper = new InstrumentMapper(JSON);

    @Test
    void everyEntryOfARepeatingGroupIsAnInstrumentAtItsIndex() throws Exception {
        List<InstrumentMapper.Entry> entries = mapper.entries(PublicationFixtures.definition("q-lines"), JSON.readTree("""
                {"s": {"s.has_line": true, "s.lines": [
                   {"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "145", "s.lines.features": ["FREE", "H24"]},
                   {},
                   {"s.lines.type": "THEMATIC_LINE", "s.lines.topic": "DOMESTIC_VIOLENCE", "s.lines.features": "FREE"}]}}
                """), "ARG", "2019-2023");

        assertEquals(2, entries.size());
        InstrumentMapper.Entry first = entries.get(0);
        assertEquals("s.lines", first.question());
        assertEquals(0, first.position());
        assertNull(first.problem());
        JsonNode body = first.payload();
        assertEquals("ARG", body.get("country").asText());
        assertEquals("REPORTING_CHANNEL", body.get("kind").asText());
        assertEquals("Reporting lines 145", body.get("title").asText());
        assertEquals("DEDICATED_TIP_LINE", body.at("/channel/type").asText());
        assertEquals("145", body.at("/channel/contact").asText());
        assertEquals(JSON.readTree("[\"FREE\", \"H24\"]"), body.at("/channel/features"));
        assertEquals(JSON.readTree("""
                {"source": "CYCLE_ANSWER", "cycle": "2019-2023", "question": "s.lines", "position": 0,
                 "note": "questionnaire q-lines v1, s.lines[0]"}"""), body.get("provenance"));

        // the empty entry keeps its index; a topic answered by code goes out as its label, one feature as a list
        InstrumentMapper.Entry third = entries.get(1);
        assertEquals(2, third.position());
        assertEquals("Reporting lines 3", third.payload().get("title").asText());
        assertEquals("Domestic violence", third.payload().at("/channel/topic").asText());
        assertEquals(JSON.readTree("[\"FREE\"]"), third.payload().at("/channel/features"));
        assertEquals("questionnaire q-lines v1, s.lines[2]", third.payload().at("/provenance/note").asText());
    }

    @Test
    void aGroupThatDoesNotRepeatIsPositionZeroAndTypesAreTheRegistrys() throws Exception {
        List<InstrumentMapper.Entry> entries = mapper.entries(PublicationFixtures.definition("q-types"), JSON.readTree("""
                {"A": {"A.authority": {"A.authority.title": "Comité Interinstitucional", "A.authority.year": 2008,
                                       "A.authority.approaches": ["PREVENTION", "PROTECTION"]}},
                 "F": {"F.systems": [{"F.systems.title": "Sistema RETA", "F.systems.model": "3",
                                      "F.systems.sources": ["POLICE", "SOCIAL_SERVICES"]}]}}
                """), "MEX", "2019-2023");

        assertEquals(List.of("A.authority", "F.systems"), entries.stream().map(InstrumentMapper.Entry::question).toList());
        JsonNode authority = entries.get(0).payload();
        assertEquals(0, entries.get(0).position());
        assertEquals("INTER_AGENCY_BODY", authority.get("kind").asText());
        assertEquals("Comité Interinstitucional", authority.get("title").asText());
        assertEquals(2008, authority.get("yearStart").intValue());
        assertEquals(JSON.readTree("[\"PREVENTION\", \"PROTECTION\"]"), authority.at("/body/approaches"));

        JsonNode system = entries.get(1).payload();
        assertTrue(system.at("/informationSystem/model").isInt(), "model 1-4 is a number in the registry");
        assertEquals(3, system.at("/informationSystem/model").intValue());
        assertEquals("Police; Social services", system.at("/informationSystem/sources").asText());
    }

    @Test
    void aSuccessorNamedByTitleIsKeptAsideForTheWorker() throws Exception {
        List<InstrumentMapper.Entry> entries = mapper.entries(PublicationFixtures.definition("q-plans"), JSON.readTree("""
                {"p": {"p.plans": [{"p.plans.title": "Plan 2010-2014", "p.plans.successor": "Plan 2015-2019"},
                                   {"p.plans.title": "Plan 2015-2019"}]}}
                """), "USA", "2019-2023");

        assertEquals("Plan 2015-2019", entries.get(0).successorTitle());
        assertTrue(entries.get(0).payload().path("plan").path("successorId").isMissingNode());
        assertNull(entries.get(0).problem());
        assertNull(entries.get(1).successorTitle());
    }

    @Test
    void aBodyTheRegistryCannotTakeIsFlaggedNotThrown() throws Exception {
        List<InstrumentMapper.Entry> entries = mapper.entries(PublicationFixtures.definition("q-bad"), JSON.readTree("""
                {"w": {"w.sites": [{"w.sites.title": "Portal", "w.sites.colour": "blue"}],
                       "w.other": [{"w.other.title": "Other", "w.other.year": "about 2010"}]}}
                """), "ARG", "2019-2023");

        assertEquals("not publishable: the registry has no field colour", entries.get(0).problem());
        assertEquals("blue", entries.get(0).payload().get("colour").asText(), "the answers are kept for the secretariat to see");
        assertEquals("not publishable: yearStart: about 2010 is not a whole number", entries.get(1).problem());
        assertFalse(entries.get(1).payload().isEmpty());
    }
}

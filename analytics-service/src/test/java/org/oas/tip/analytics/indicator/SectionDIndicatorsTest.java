package org.oas.tip.analytics.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.oas.tip.analytics.indicator.Expect.bucket;
import static org.oas.tip.analytics.indicator.Expect.compute;
import static org.oas.tip.analytics.indicator.Expect.headline;
import static org.oas.tip.analytics.indicator.Expect.ids;
import static org.oas.tip.analytics.indicator.Expect.keys;
import static org.oas.tip.analytics.indicator.Expect.percentage;
import static org.oas.tip.analytics.indicator.Expect.stats;
import static org.oas.tip.analytics.indicator.Fixtures.instrument;

/** Section D indicators on a hand-made snapshot of five countries. */
class SectionDIndicatorsTest {

    // EEE holds nothing.
    private static final Snapshot WORLD = new Fixtures.World("AAA", "BBB", "CCC", "DDD", "EEE")
            .add(instrument(301, "AAA", "LAW").years(2004, null).law("CRIMINAL_CODE"),
                    instrument(307, "AAA", "LAW").years(2015, null).law("AMENDING_LAW"),
                    instrument(302, "BBB", "LAW").years(2008, null).law("AMENDING_LAW"),
                    instrument(303, "BBB", "LAW").years(2012, null).law("COMPREHENSIVE_LAW"),
                    instrument(304, "CCC", "LAW").years(2010, null).law("COMPREHENSIVE_LAW"),
                    instrument(305, "DDD", "LAW").years(2016, null).law(null),
                    instrument(306, "DDD", "LAW"),
                    instrument(310, "AAA", "SPECIALIZED_UNIT").unit("POLICE"),
                    instrument(311, "AAA", "SPECIALIZED_UNIT").unit("PROSECUTOR"),
                    instrument(312, "BBB", "SPECIALIZED_UNIT").unit("POLICE"),
                    instrument(313, "CCC", "SPECIALIZED_UNIT").unit("JUDICIAL"),
                    instrument(314, "CCC", "SPECIALIZED_UNIT").unit(null),
                    instrument(320, "AAA", "PROTOCOL").years(2015, null).protocol("CRIMINAL_INVESTIGATION")
                            .institution("Ministerio del Interior y Fiscalía General de la Nación"),
                    instrument(321, "AAA", "PROTOCOL").protocol("CRIMINAL_INVESTIGATION").institution("Public Prosecutor's Office"),
                    instrument(322, "BBB", "PROTOCOL").years(2007, null).protocol("CRIMINAL_INVESTIGATION")
                            .institution("National Task Force Against Trafficking"),
                    instrument(323, "CCC", "PROTOCOL").years(2015, null).protocol("CRIMINAL_INVESTIGATION"),
                    instrument(324, "CCC", "PROTOCOL").years(2010, null).protocol("VICTIM_ASSISTANCE"),
                    instrument(325, "DDD", "PROTOCOL").years(2016, null).protocol("CRIMINAL_INVESTIGATION")
                            .institution("Ministry of Labour"))
            .answer(1, "AAA", "D.strategies", "PROACTIVE").answer(2, "AAA", "D.strategies", "REACTIVE")
            .answer(3, "BBB", "D.strategies", "PROACTIVE").answer(4, "CCC", "D.strategies", "FINANCIAL")
            .snapshot();

    @Test
    void legalPathCombinesACountrysLaws() {
        IndicatorResult r = compute("D.legal_path", WORLD);
        headline(r, 4, 4, 5, 80.0);
        keys(r, "COMPREHENSIVE_LAW", "CRIMINAL_CODE", "AMENDING_LAW", "MIXED", "NOT_CLASSIFIED", "NO_DATA");
        bucket(r, "COMPREHENSIVE_LAW", 1, "CCC");
        // AAA: a criminal-code provision later amended by a law is the amending-law path
        bucket(r, "CRIMINAL_CODE", 0);
        bucket(r, "AMENDING_LAW", 1, "AAA");
        bucket(r, "MIXED", 1, "BBB");
        bucket(r, "NOT_CLASSIFIED", 1, "DDD");
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "AMENDING_LAW", List.of(301L, 307L), List.of());
        ids(r, "MIXED", List.of(302L, 303L), List.of());
    }

    @Test
    void lawPeriodUsesTheEarliestDatedLaw() {
        IndicatorResult r = compute("D.law_period", WORLD);
        headline(r, 2, 2, 5, 40.0);
        bucket(r, "UP_TO_2005", 1, "AAA");
        bucket(r, "2006_2015", 2, "BBB", "CCC");
        bucket(r, "FROM_2016", 1, "DDD");
        bucket(r, "NO_DATA", 1, "EEE");
        // only the earliest law stands behind the country
        ids(r, "UP_TO_2005", List.of(301L), List.of());
        ids(r, "2006_2015", List.of(302L, 304L), List.of());
        percentage(r, "2006_2015", 40.0);
    }

    @Test
    void lawYearGivesTheFirstAndTheMostRecentCountries() {
        IndicatorResult r = compute("D.law_year", WORLD);
        headline(r, 4, 4, 5, 80.0);
        keys(r, "2004", "2008", "2010", "2016", "NO_DATA");
        bucket(r, "2008", 1, "BBB");
        bucket(r, "NO_DATA", 1, "EEE");
        stats(r, 4, 2009.5, List.of(), 2004.0, List.of("AAA"), 2016.0, List.of("DDD"));
    }

    @Test
    void investigationStrategies() {
        IndicatorResult r = compute("D.investigation_strategies", WORLD);
        headline(r, 3, 3, 5, 60.0);
        bucket(r, "REACTIVE", 1, "AAA");
        bucket(r, "PROACTIVE", 2, "AAA", "BBB");
        bucket(r, "DISRUPTIVE", 0);
        bucket(r, "FINANCIAL", 1, "CCC");
        bucket(r, "NO_DATA", 2, "DDD", "EEE");
        ids(r, "PROACTIVE", List.of(), List.of(1L, 3L));
    }

    @Test
    void unitSpheresNameTheCountriesWithSeveral() {
        IndicatorResult r = compute("D.unit_sphere", WORLD);
        headline(r, 3, 3, 5, 60.0);
        keys(r, "POLICE", "PROSECUTOR", "JUDICIAL", "MULTI_AGENCY", "SPHERE_NOT_STATED", "NO_DATA");
        bucket(r, "POLICE", 2, "AAA", "BBB");
        bucket(r, "PROSECUTOR", 1, "AAA");
        bucket(r, "JUDICIAL", 1, "CCC");
        bucket(r, "MULTI_AGENCY", 0);
        bucket(r, "SPHERE_NOT_STATED", 1, "CCC");
        bucket(r, "NO_DATA", 2, "DDD", "EEE");
        // CCC's unit of unstated sphere does not make a second sphere
        assertEquals(List.of("Units in more than one sphere: AAA"), r.notes());
    }

    @Test
    void protocolYearCountsInvestigationProtocolsOnly() {
        IndicatorResult r = compute("D.protocol_year", WORLD);
        headline(r, 4, 4, 5, 80.0);
        keys(r, "2007", "2015", "2016", "NO_YEAR");
        bucket(r, "2015", 2, "AAA", "CCC");
        bucket(r, "NO_YEAR", 1, "AAA");
        ids(r, "2015", List.of(320L, 323L), List.of());
        percentage(r, "2015", 40.0);
        stats(r, 4, 2013.25, List.of(2015.0), 2007.0, List.of("BBB"), 2016.0, List.of("DDD"));
    }

    @Test
    void protocolInstitutionReadsTheDrafterFromItsName() {
        IndicatorResult r = compute("D.protocol_institution", WORLD);
        headline(r, 4, 4, 5, 80.0);
        bucket(r, "MINISTRY_INTERIOR", 1, "AAA");
        bucket(r, "PROSECUTION", 1, "AAA");
        bucket(r, "MULTI_AGENCY_BODY", 1, "BBB");
        bucket(r, "OTHER", 1, "DDD");
        bucket(r, "UNSPECIFIED", 1, "CCC");
        bucket(r, "NO_DATA", 1, "EEE");
        ids(r, "MINISTRY_INTERIOR", List.of(320L), List.of());
    }

    @Test
    void draftersAsTheBaselinePrintsThem() {
        assertEquals("PROSECUTION", SectionDIndicators.drafter("Unidad Especializada contra la Trata de Personas y Explotación"
                + " Sexual, Ministerio Público Organización Internacional para las Migraciones (OIM)"));
        assertEquals("PROSECUTION", SectionDIndicators.drafter("Office of the Procurator-General"));
        assertEquals("MULTI_AGENCY_BODY", SectionDIndicators.drafter("Mesa Intersectorial sobre Trata de Personas"));
        assertEquals("MULTI_AGENCY_BODY", SectionDIndicators.drafter("Equipo de Tareas Nacional Contra el Tráfico de Personas"));
        assertEquals("MINISTRY_INTERIOR", SectionDIndicators.drafter("Ministerio del Interior y Ministerio de la Justicia"));
        assertEquals("UNSPECIFIED", SectionDIndicators.drafter(" "));
    }
}

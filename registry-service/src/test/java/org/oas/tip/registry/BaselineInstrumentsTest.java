package org.oas.tip.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.oas.tip.testing.PostgresTestResource;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2015-2018 baseline loaded by V4__BaselineInstruments, checked against figures counted by hand in the progress
 * report (/work/shared/seed/progress-report-2015-2018.md; "L123" is a line of that file).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class BaselineInstrumentsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void everyInstrumentIsAnUnverifiedPublicBaselineRowOfARespondingCountry() throws SQLException {
        assertEquals(0, count("select count(*) from instrument where country not in (select iso3 from country)"
                + " or provenance_cycle <> '2015-2018' or verified"
                + " or confidentiality <> 'PUBLIC' or btrim(title) = '' or provenance_note is null"
                + " or provenance_question !~ '^(Appendix [0-9]+|Section [A-G])'"));
        // the baseline's instruments are the 350 rows of the migration (notes, section 7)
        assertEquals(350, count("select count(*) from instrument_all where provenance_source = 'REPORT_BASELINE'"));
        // L149, L198: 33 of the 34 active members answered; Cuba is inactive and Nicaragua appears nowhere in the report
        assertEquals(33, count("select count(distinct country) from instrument"));
        assertEquals(0, count("select count(*) from instrument where country in ('CUB', 'NIC')"));
    }

    @Test
    void everyInstrumentHasOneImportedChangeWithItsMainFields() throws SQLException {
        assertEquals(0, count("select count(*) from instrument i where (select count(*) from instrument_change c"
                + " where c.instrument_id = i.id and c.action = 'IMPORTED' and c.subject = 'baseline-import') <> 1"));
        assertEquals(0, count("select count(*) from instrument_change c join instrument i on i.id = c.instrument_id"
                + " where c.before is not null or (c.after ->> 'id')::bigint <> i.id or c.after ->> 'kind' <> i.kind"
                + " or c.after ->> 'title' <> i.title or c.after -> 'provenance' ->> 'note' <> i.provenance_note"));
        // the U.S. law of 2000 (Appendix 6, L1665) carries its detail group in the document
        assertEquals("2000", text("select after ->> 'yearStart' from instrument_change c join instrument i"
                + " on i.id = c.instrument_id where i.kind = 'LAW' and i.country = 'USA' and i.provenance_note like 'Appendix 6%'"));
    }

    @Test
    void everyAppendixRowIsPresentExceptTheDocumentedSkipsAndMerges() throws Exception {
        // appendix -> rows of its CSV that do not become a row of their own
        Map<Integer, Integer> notOwnRow = Map.of(
                4, 9,  // 9 of the 12 online policies/plans are the Appendix 3 instrument (same country and period)
                7, 1); // Antigua and Barbuda's empty row (L1715)
        String[] files = {null, "appendix-01-inter-agency-bodies.csv", "appendix-02-websites.csv",
            "appendix-03-national-policies-plans.csv", "appendix-04-policies-plans-online.csv",
            "appendix-05-diagnostic-assessments.csv", "appendix-06-criminalizing-laws.csv",
            "appendix-07-specialized-units.csv", "appendix-08-criminal-investigation-protocols.csv",
            "appendix-09-dedicated-trafficking-hotlines.csv", "appendix-10-police-reporting-lines.csv",
            "appendix-11-thematic-lines.csv", "appendix-12-victim-protection-protocols.csv",
            "appendix-13-statistical-reports.csv"};
        for (int appendix = 1; appendix <= 13; appendix++) {
            long expected = csvRows(files[appendix]) - notOwnRow.getOrDefault(appendix, 0);
            assertEquals(expected, count("select count(*) from instrument where provenance_note ~ ?",
                    "^Appendix " + appendix + "([^0-9]|$)"), "Appendix " + appendix);
        }
        // the 9 merged Appendix 4 rows are recorded on their Appendix 3 instrument, with the link
        assertEquals(9, count("select count(*) from instrument where provenance_note like 'Appendix 3%'"
                + " and provenance_note like '%Appendix 4 (found online)%' and link is not null and found_online"));
    }

    @Test
    void lawsFollowAppendix6AndSectionD1() throws SQLException {
        // Appendix 6 (L1663-1698) lists 33 countries, one law each; D.1 (L661): all 33 countries criminalize trafficking
        assertEquals(33, count("select count(distinct country) from instrument where kind = 'LAW'"));
        assertEquals(33, count("select count(*) from instrument where kind = 'LAW' and provenance_note like 'Appendix 6%'"));
        // L687 and L1665: the United States first, in 2000; Barbados and Brazil last, in 2016 (L1697-1698)
        assertEquals(2000, count("select year_start from instrument where kind = 'LAW' and country = 'USA'"));
        assertEquals(List.of("BRA", "BRB"), strings("select country from instrument where kind = 'LAW'"
                + " and provenance_note like 'Appendix 6%' and year_start = (select max(year_start) from instrument"
                + " where kind = 'LAW') order by country"));
        // L687: 25 countries passed their law between 2006 and 2015
        assertEquals(25, count("select count(distinct country) from instrument where kind = 'LAW'"
                + " and provenance_note like 'Appendix 6%' and year_start between 2006 and 2015"));
        // L674: criminal code in Canada, Ecuador and Suriname; Chile only an amending law
        assertEquals(List.of("CAN", "ECU", "SUR"), strings("select distinct country from instrument where"
                + " legal_path = 'CRIMINAL_CODE' order by 1"));
        assertEquals(List.of("CHL", "PER", "PRY", "SLV"), strings("select distinct country from instrument where"
                + " legal_path = 'AMENDING_LAW' order by 1"));
        // L674: the 26 "comprehensive law" countries are never named, so their legal path stays empty
        assertEquals(26, count("select count(*) from instrument where kind = 'LAW' and provenance_note like 'Appendix 6%'"
                + " and legal_path is null"));
    }

    @Test
    void dedicatedHotlinesFollowAppendix9AndSectionE11() throws SQLException {
        // Appendix 9 (L1781-1794): 14 lines in 13 countries (Mexico has two), the executive summary's 13 (L167)
        assertEquals(14, count("select count(*) from instrument where channel_type = 'DEDICATED_TIP_LINE'"));
        assertEquals(13, count("select count(distinct country) from instrument where channel_type = 'DEDICATED_TIP_LINE'"));
        // L894: at least 4 of the lines with a number are cost-free (Argentina, Colombia, Peru, U.S.)
        assertEquals(List.of("ARG", "COL", "PER", "USA"), strings("select country from instrument where channel_type ="
                + " 'DEDICATED_TIP_LINE' and contact is not null and 'FREE' = any(features) order by 1"));
        // L1484: Argentina's Line 145 meets 5 of the 6 features; L896: only the U.S. handles several languages
        assertEquals(5, count("select cardinality(features) from instrument where channel_type = 'DEDICATED_TIP_LINE'"
                + " and country = 'ARG'"));
        assertEquals(List.of("USA"), strings("select distinct country from instrument where 'MULTILINGUAL' = any(features)"));
    }

    @Test
    void phoneLinesFollowTheSwappedAppendices10And11() throws SQLException {
        // Appendix 10 as the text uses it (table printed at L1823-1837): 13 lines in 12 countries
        assertEquals(12, count("select count(distinct country) from instrument where channel_type = 'POLICE_LINE'"
                + " and provenance_note like 'Appendix 10%'"));
        // E.1.3 (L919): Colombia (3) and Uruguay (3) have the most thematic lines
        assertEquals(3, count("select count(*) from instrument where channel_type = 'THEMATIC_LINE' and country = 'COL'"));
        assertEquals(3, count("select count(*) from instrument where channel_type = 'THEMATIC_LINE' and country = 'URY'"));
        assertEquals(0, count("select count(*) from instrument where channel_type = 'THEMATIC_LINE' and channel_topic is null"
                + " and country <> 'USA'"));
    }

    @Test
    void specializedUnitsFollowAppendix7AndSectionD3() throws SQLException {
        // D.3 (L786): 15 countries with police units; Appendix 7 has 14 of them plus Colombia, which D.3 puts with
        // prosecutors; Argentina's four police branches come from fn 31 (L801)
        assertEquals(15, count("select count(distinct country) from instrument where unit_sphere = 'POLICE'"));
        assertEquals(19, count("select count(*) from instrument where unit_sphere = 'POLICE'"));
        // L786: 21 countries with specialized units (Appendix 7's 20 plus Argentina)
        assertEquals(21, count("select count(distinct country) from instrument where kind = 'SPECIALIZED_UNIT'"));
        // L786: specialized courts only in Guatemala and Uruguay; L807: Antigua and Barbuda and the U.S. multi-agency
        assertEquals(List.of("GTM", "URY"), strings("select country from instrument where unit_sphere = 'JUDICIAL' order by 1"));
        assertTrue(strings("select country from instrument where unit_sphere = 'MULTI_AGENCY'").containsAll(List.of("ATG", "USA")));
    }

    @Test
    void plansAndPoliciesFollowAppendices3And4AndSectionB() throws SQLException {
        // L525: plans (other than policies) last 3.4 years on average, mode 4; Appendix 3 alone: 71 years / 21 plans
        assertEquals(21, count("select count(*) from instrument where kind = 'PLAN' and year_end is not null"
                + " and provenance_note like 'Appendix 3%'"));
        assertEquals(3.38, number("select avg(year_end - year_start) from instrument where kind = 'PLAN'"
                + " and year_end is not null and provenance_note like 'Appendix 3%'"), 0.005);
        assertEquals(3.4, number("select round(avg(year_end - year_start), 1) from instrument where kind = 'PLAN'"
                + " and year_end is not null"), 0.001);
        assertEquals(4, count("select mode() within group (order by year_end - year_start) from instrument"
                + " where kind = 'PLAN' and year_end is not null"));
        // L525: Honduras' plan is the longest (6 years), Guyana's the shortest (1 year)
        assertEquals("HND", text("select country from instrument where kind = 'PLAN' order by year_end - year_start desc"
                + " nulls last limit 1"));
        assertEquals("GUY", text("select country from instrument where kind = 'PLAN' and year_end is not null"
                + " order by year_end - year_start limit 1"));
        // L503, L544: six countries with a national policy (Bolivia, Brazil, Guatemala, Paraguay, Peru, El Salvador)
        assertEquals(6, count("select count(distinct country) from instrument where kind = 'NATIONAL_POLICY'"));
        // L546: 8 plan-type documents found online (Appendix 4: BOL, CAN, CHL, COL, USA, GUY, MEX, PER)
        assertEquals(8, count("select count(distinct country) from instrument where kind = 'PLAN' and found_online"));
        // L518 and L540: the successors the text names
        assertEquals(2014, count("select s.year_start from instrument p join instrument s on s.id = p.successor_id"
                + " where p.country = 'GTM' and p.kind = 'NATIONAL_POLICY'"));
        assertEquals(2021, count("select s.year_end from instrument p join instrument s on s.id = p.successor_id"
                + " where p.country = 'PER' and p.kind = 'PLAN'"));
    }

    @Test
    void interAgencyBodiesFollowAppendix1AndSectionA() throws SQLException {
        // L411: 29 inter-agency bodies; Appendix 1 (L1531-1560) lists them, two each for Argentina and Brazil
        assertEquals(29, count("select count(distinct country) from instrument where kind = 'INTER_AGENCY_BODY'"));
        // L290-302: Guatemala, Argentina and The Bahamas are the hybrid arrangements
        assertEquals(List.of("ARG", "BHS", "GTM"), strings("select distinct country from instrument where body_model = 'HYBRID'"
                + " order by 1"));
        // L345: only Canada and the U.S. add a fourth P; L443: Brazil's CONATRAP has 7 civil-society organizations
        assertEquals(List.of("CAN", "USA"), strings("select country from instrument where 'PARTNERSHIP' = any(approaches)"
                + " order by 1"));
        assertEquals(7, count("select civil_society_count from instrument where kind = 'INTER_AGENCY_BODY' and country = 'BRA'"
                + " and civil_society_count is not null"));
    }

    @Test
    void protocolsFollowAppendices8And12AndSectionsD4AndE3() throws SQLException {
        // L813: at least 6 countries with criminal-investigation protocols (Appendix 8's 5 plus Argentina, fn 33)
        assertEquals(6, count("select count(distinct country) from instrument where protocol_kind = 'CRIMINAL_INVESTIGATION'"));
        // L815: Argentina and Paraguay have at least two
        assertEquals(2, count("select count(*) from instrument where protocol_kind = 'CRIMINAL_INVESTIGATION' and country = 'ARG'"));
        assertEquals(2, count("select count(*) from instrument where protocol_kind = 'CRIMINAL_INVESTIGATION' and country = 'PRY'"));
        // L1064: consular protocols in Paraguay and Uruguay; L1072: the Mercosur border guidelines in four countries
        assertEquals(List.of("PRY", "URY"), strings("select country from instrument where protocol_kind = 'CONSULAR' order by 1"));
        assertEquals(List.of("BOL", "COL", "ECU", "URY"), strings("select distinct country from instrument"
                + " where protocol_kind = 'SUPRANATIONAL' order by 1"));
        // L169 says at least 20 countries have victim protocols: Appendix 12's 18 (U.S. included) and Argentina make 19;
        // Brazil's instruments (L1036) are never named
        assertEquals(19, count("select count(distinct country) from instrument where kind = 'PROTOCOL'"
                + " and protocol_kind is distinct from 'CRIMINAL_INVESTIGATION'"));
    }

    @Test
    void systemsSheltersAndReportsFollowSectionsFAndG5AndAppendix13() throws SQLException {
        // F (L1101): model 1 in The Bahamas, Belize, Jamaica and Mexico; L1092: Uruguay counted in two models
        assertEquals(List.of("BHS", "BLZ", "JAM", "MEX"), strings("select country from instrument where system_model = 1"
                + " order by 1"));
        assertEquals(List.of("2", "4"), strings("select system_model::text from instrument where country = 'URY'"
                + " and kind = 'INFORMATION_SYSTEM' order by 1"));
        // L1182: model 4 names 14 distinct countries (Bolivia in both sub-groups)
        assertEquals(14, count("select count(distinct country) from instrument where system_model = 4"));
        // Diagram 26 (L1384-1407): State 11, NGO 4, State with NGO 3
        assertEquals(11, count("select count(distinct country) from instrument where shelter_provider = 'STATE'"));
        assertEquals(4, count("select count(distinct country) from instrument where shelter_provider = 'NGO'"));
        assertEquals(3, count("select count(distinct country) from instrument where shelter_provider = 'BOTH'"));
        // L1437: shelters accept children only in Argentina, Paraguay and Venezuela
        assertEquals(List.of("ARG", "PRY", "VEN"), strings("select country from instrument where accepts_children order by 1"));
        // F (L1156): four Brazilian national reports, all in Appendix 13
        assertEquals(4, count("select count(*) from instrument where kind = 'STATISTICAL_REPORT' and country = 'BRA'"));
    }

    @Test
    void linksLanguagesAndTitlesAreConsistent() throws SQLException {
        assertEquals(0, count("select count(*) from instrument where link is not null and link !~* '^https?://'"));
        // found_online only with a link; the one link without it is Argentina's truncated address (Appendix 2, L1564)
        assertEquals(0, count("select count(*) from instrument where found_online and link is null"));
        assertEquals(1, count("select count(*) from instrument where link is not null and found_online is null"));
        assertEquals(0, count("select count(*) from instrument where language not in ('es', 'en', 'pt', 'fr')"));
        assertEquals(0, count("select count(*) from instrument where language = 'en' and title_en is not null"));
        // Brazil's policy and plan are the only Portuguese titles (Appendix 3, L1587-1588), Haiti's plan the only French
        assertEquals(List.of("BRA", "BRA"), strings("select country from instrument where language = 'pt'"));
        assertEquals(List.of("HTI"), strings("select country from instrument where language = 'fr'"));
    }

    // ------------------------------------------------------------------------------------------------------------

    private long count(String sql, Object... args) throws SQLException {
        return ((Number) Objects.requireNonNull(single(sql, args), sql)).longValue();
    }

    private double number(String sql) throws SQLException {
        return ((Number) Objects.requireNonNull(single(sql), sql)).doubleValue();
    }

    private String text(String sql) throws SQLException {
        return (String) single(sql);
    }

    private Object single(String sql, Object... args) throws SQLException {
        List<Object> values = column(sql, args);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private List<String> strings(String sql) throws SQLException {
        return column(sql).stream().map(String::valueOf).toList();
    }

    /**
     * Runs a query over the baseline rows only: other test classes add instruments to the same database, so
     * {@code instrument} is narrowed to the report's rows (and {@code instrument_all} is the whole table).
     */
    private List<Object> column(String sql, Object... args) throws SQLException {
        String baselineOnly = "with baseline as (select * from instrument where provenance_source = 'REPORT_BASELINE') "
                + sql.replaceAll("(from|join) instrument\\b", "$1 baseline").replace("instrument_all", "instrument");
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(baselineOnly)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        }
    }

    private static long csvRows(String file) throws Exception {
        var in = Objects.requireNonNull(BaselineInstrumentsTest.class.getResourceAsStream("/baseline/" + file), file);
        try (Reader csv = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords().size();
        }
    }
}

package org.oas.tip.analytics.sdg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.sdg.Data.arg2017;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/**
 * ARG 2017 (see {@link Sdg1622Test}) suppressed at 5: 14 observations, all with a population, so 28 rows; ARG is M49 032,
 * the region 019. The total row reads 153 / 0.348; the girls' cell has an empty value and CONF_STATUS C in both rows.
 */
class SdmxCsvTest {

    private static final SdgResult ARG = Suppression.suppress(
            Sdg1622.compute(arg2017(), List.of(pop("ARG", 2017, 44_000_000))), 5);

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))
                .getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String area, String sex, String age, String form, String unit) {
        return rows.stream().filter(r -> r.get("REF_AREA").equals(area) && r.get("SEX").equals(sex)
                        && r.get("AGE").equals(age) && r.get("TYPE_OF_EXPLOITATION").equals(form)
                        && r.get("UNIT_MEASURE").equals(unit))
                .findFirst().orElseThrow();
    }

    @Test
    void headerAndRows() throws IOException {
        String csv = SdmxCsv.write(ARG, null);
        assertTrue(csv.startsWith("DATAFLOW,SERIES,REF_AREA,TIME_PERIOD,SEX,AGE,TYPE_OF_EXPLOITATION,UNIT_MEASURE,"
                + "OBS_VALUE,NATURE,CONF_STATUS,COMMENT_OBS\r\n"), csv);
        List<CSVRecord> rows = parse(csv);
        assertEquals(28, rows.size());

        CSVRecord total = row(rows, "032", "_T", "_T", "_T", "NUMBER");
        assertEquals(List.of("UNSD:DF_SDG_GLH(1.0)", "VC_HTF_DETV", "032", "2017", "_T", "_T", "_T", "NUMBER", "153", "C",
                "F", ""), total.toList());
        CSVRecord rate = row(rows, "032", "_T", "_T", "_T", "PER_100000_POP");
        assertEquals(List.of("0.348", "CA", "F"), List.of(rate.get("OBS_VALUE"), rate.get("NATURE"), rate.get("CONF_STATUS")));

        CSVRecord girls = row(rows, "032", "F", "Y0T17", "SEXUAL", "NUMBER");
        assertEquals(List.of("VC_HTF_DETVSX", "", "C", "C"), List.of(girls.get("SERIES"), girls.get("OBS_VALUE"),
                girls.get("NATURE"), girls.get("CONF_STATUS")));
        CSVRecord girlsRate = row(rows, "032", "F", "Y0T17", "SEXUAL", "PER_100000_POP");
        assertEquals(List.of("", "C"), List.of(girlsRate.get("OBS_VALUE"), girlsRate.get("CONF_STATUS")));

        CSVRecord region = row(rows, "019", "_T", "_T", "_T", "NUMBER");
        assertEquals("153", region.get("OBS_VALUE"));
        assertEquals("Sum of 1 reporting member state(s)", region.get("COMMENT_OBS"));
    }

    /** BRA 2018, one cell, no population: 6 own observations (one per level) and OAS 2018 = 7 NUMBER rows, no rate row. */
    @Test
    void noRateRowWithoutPopulation() throws IOException {
        SdgResult r = Sdg1622.compute(List.of(vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 47, 1)), List.of());
        List<CSVRecord> rows = parse(SdmxCsv.write(r, null));
        assertEquals(r.observations().size(), rows.size());
        assertTrue(rows.stream().allMatch(x -> x.get("UNIT_MEASURE").equals("NUMBER")));
        assertEquals("076", rows.get(0).get("REF_AREA"));
    }

    @Test
    void largeRatesHaveNoExponent() throws IOException {
        SdgResult r = Sdg1622.compute(List.of(vc("KNA", 2020, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 90_000_000, 1)),
                List.of(pop("KNA", 2020, 47_000)));
        CSVRecord rate = row(parse(SdmxCsv.write(r, null)), "659", "_T", "_T", "_T", "PER_100000_POP");
        assertEquals("191489361.702", rate.get("OBS_VALUE"));
    }

    @Test
    void givenTableReplacesTheDefaultAndIsPadded() throws IOException {
        List<CSVRecord> rows = parse(SdmxCsv.write(ARG, Map.of("ARG", "32", "OAS", "419")));
        assertTrue(rows.stream().anyMatch(x -> x.get("REF_AREA").equals("032")));
        assertTrue(rows.stream().anyMatch(x -> x.get("REF_AREA").equals("419")));
        assertThrows(IllegalArgumentException.class, () -> SdmxCsv.write(ARG, Map.of("BRA", "076")));
    }

    @Test
    void builtInTableHasTheThirtyFiveMemberStates() {
        assertEquals(35, M49.OAS_MEMBERS.size());
        assertEquals("032", M49.OAS_MEMBERS.get("ARG"));
        assertEquals("591", M49.OAS_MEMBERS.get("PAN"));
    }
}

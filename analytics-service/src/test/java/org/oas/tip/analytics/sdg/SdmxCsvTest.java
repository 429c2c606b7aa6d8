package org.oas.tip.analytics.sdg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.oas.tip.analytics.sdg.Data.arg2017;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/**
 * ARG 2017 (see {@link Sdg1622Test}) suppressed at 5, summed up to the series: 13 values (the forms map one to one to
 * series here), all with a population, so 26 rows; ARG is area 32, the regional total is not in the file. The total row
 * reads 153 / 0.348; the girls' cell reads NaN with OBS_STATUS Q in both rows.
 */
class SdmxCsvTest {

    private static final SdgResult RAW = Sdg1622.compute(arg2017(), List.of(pop("ARG", 2017, 44_000_000)));
    private static final SdgResult ARG = SdgSeries.of(RAW, Suppression.suppress(RAW, 5), 5);
    private static final String DIMS = "FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,INCOME_WEALTH_QUANTILE,"
            + "EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,PRODUCT,TIME_PERIOD,"
            + "OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\r\n";

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))
                .getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, String series, String area, String sex, String age) {
        return rows.stream().filter(r -> r.get("SERIES").equals(series) && r.get("REF_AREA").equals(area)
                        && r.get("SEX").equals(sex) && r.get("AGE").equals(age))
                .findFirst().orElseThrow();
    }

    @Test
    void headerAndRows() throws IOException {
        String csv = SdmxCsv.write(ARG, Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1);
        assertTrue(csv.startsWith("DATAFLOW," + DIMS), csv);
        List<CSVRecord> rows = parse(csv);
        assertEquals(26, rows.size());

        assertEquals(List.of("IAEG-SDGs:DF_SDG_GLC(1.22)", "A", "N", "VC_HTF_DETV", "32", "_T", "_T", "_T", "_T", "_T", "_T",
                "_T", "_T", "_T", "_T", "_T", "2017", "153", "A", "0", "NUMBER", "C"),
                row(rows, "VC_HTF_DETV", "32", "_T", "_T").toList());
        CSVRecord rate = row(rows, "VC_HTF_DETVR", "32", "_T", "_T");
        assertEquals(List.of("0.348", "A", "PER_100000_POP", "CA"), List.of(rate.get("OBS_VALUE"), rate.get("OBS_STATUS"),
                rate.get("UNIT_MEASURE"), rate.get("NATURE")));

        CSVRecord girls = row(rows, "VC_HTF_DETVSX", "32", "F", "Y0T17");
        assertEquals(List.of("NaN", "Q", "C"), List.of(girls.get("OBS_VALUE"), girls.get("OBS_STATUS"), girls.get("NATURE")));
        CSVRecord girlsRate = row(rows, "VC_HTF_DETVSXR", "32", "F", "Y0T17");
        assertEquals(List.of("NaN", "Q"), List.of(girlsRate.get("OBS_VALUE"), girlsRate.get("OBS_STATUS")));
    }

    @Test
    void sdmxCsv2HasStructureAndActionColumns() throws IOException {
        String csv = SdmxCsv.write(ARG, new Dataflow("IAEG-SDGs", "DF_SDG_GLH", "1.20"), SdmxCsv.Format.V2);
        assertTrue(csv.startsWith("STRUCTURE,STRUCTURE_ID,ACTION," + DIMS), csv);
        CSVRecord total = row(parse(csv), "VC_HTF_DETV", "32", "_T", "_T");
        assertEquals(List.of("dataflow", "IAEG-SDGs:DF_SDG_GLH(1.20)", "I", "153"),
                List.of(total.get("STRUCTURE"), total.get("STRUCTURE_ID"), total.get("ACTION"), total.get("OBS_VALUE")));
    }

    /** BRA 2018, one cell, no population: 6 values (no regional total), counts only. */
    @Test
    void noRateRowWithoutPopulation() throws IOException {
        SdgResult r = Sdg1622.compute(List.of(vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 47, 1)), List.of());
        List<CSVRecord> rows = parse(SdmxCsv.write(SdgSeries.of(r), Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1));
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(x -> x.get("UNIT_MEASURE").equals("NUMBER")));
        assertEquals("76", rows.get(0).get("REF_AREA"));
    }

    @Test
    void largeRatesHaveNoExponent() throws IOException {
        SdgResult r = Sdg1622.compute(List.of(vc("KNA", 2020, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 90_000_000, 1)),
                List.of(pop("KNA", 2020, 47_000)));
        CSVRecord rate = row(parse(SdmxCsv.write(SdgSeries.of(r), Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1)),
                "VC_HTF_DETVR", "659", "_T", "_T");
        assertEquals("191489361.702", rate.get("OBS_VALUE"));
    }

    /** Changed on purpose with issue 14: the SDG area codes are not zero-padded (the padding was enforced here before). */
    @Test
    void areaCodesAreUnpaddedAndAnUnknownCountryIsRefused() {
        assertEquals(35, M49.OAS_MEMBERS.size());
        assertEquals("32", M49.OAS_MEMBERS.get("ARG"));
        assertEquals("28", M49.OAS_MEMBERS.get("ATG"));
        assertEquals("591", M49.OAS_MEMBERS.get("PAN"));
        assertTrue(M49.OAS_MEMBERS.values().stream().noneMatch(c -> c.startsWith("0")));
        SdgResult unknown = SdgSeries.of(Sdg1622.compute(List.of(vc("XKX", 2018, "MALE", "ADULT_18_PLUS", "SEXUAL", 9, 1)),
                List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> SdmxCsv.write(unknown, Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1));
    }
}

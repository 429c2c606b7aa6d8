package org.oas.tip.analytics.sdg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.oas.tip.analytics.sdg.Data.pop;
import static org.oas.tip.analytics.sdg.Data.vc;

/**
 * The SDG file of a hand-worked dataset checked column by column and code by code against the stored copy of the global
 * SDG structure (read with the JDK's XML parser, {@link StoredDsd}).
 *
 * <p>The dataset, worked by hand:
 * <ul>
 * <li>ARG 2017, population 44,000,000: F adult sexual 120, M adult forced labour 30, F child sexual 3. Series: VC_HTF_DETV
 * _T/_T 153, F 123, M 30, children 3, adults 150, F child 3, F adult 120, M adult 30; VC_HTF_DETVSX _T/_T 123, F child 3,
 * F adult 120; VC_HTF_DETVFL _T/_T 30, M adult 30: 13 values, each with a rate (153 * 100,000 / 44e6 = 0.348).</li>
 * <li>BRA 2018, population 210,000,000: M adult forced labour 40, servitude 2, slavery 8; F adult sexual 25; F child forced
 * marriage 6, mixed 9. Series: DETV _T/_T 90, F 40, M 50, children 15, adults 75, F child 15, F adult 25, M adult 50;
 * SX _T/_T 25, F adult 25; FL _T/_T 50 and M adult 50 (40 + 2 + 8: three forms in one series); OP _T/_T 15 and F child 15
 * (6 + 9): 14 values with rates (DETVR 90 * 100,000 / 210e6 = 0.043; FLR of M adult 50 / 2100 = 0.024).</li>
 * <li>KNA 2019, no population: F adult sexual 12, unknown sex and age organ removal 7. DETV _T/_T 19, F 12, _U 7, adults
 * 12, age _U 7, F adult 12, _U/_U 7; SX _T/_T 12, F adult 12; OG _T/_T 7, _U/_U 7: 11 values, no rate.</li>
 * </ul>
 * 38 count rows and 27 rate rows. Unsuppressed, every value is shown; suppressed at 5, the 2s and 3s are hidden with
 * enough others that none of them can be worked out, from the SDG file or from the SDG file and the JSON together.
 */
class SdgDsdConformanceTest {

    static final StoredDsd DSD = StoredDsd.load();

    static final List<VictimCount> COUNTS = List.of(
            vc("ARG", 2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 120, 1),
            vc("ARG", 2017, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 30, 2),
            vc("ARG", 2017, "FEMALE", "CHILD_0_17", "SEXUAL", 3, 3),
            vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 40, 1),
            vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "SERVITUDE", 2, 2),
            vc("BRA", 2018, "MALE", "ADULT_18_PLUS", "SLAVERY", 8, 3),
            vc("BRA", 2018, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 25, 4),
            vc("BRA", 2018, "FEMALE", "CHILD_0_17", "FORCED_MARRIAGE", 6, 5),
            vc("BRA", 2018, "FEMALE", "CHILD_0_17", "MIXED", 9, 6),
            vc("KNA", 2019, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 12, 1),
            vc("KNA", 2019, "UNKNOWN", "UNKNOWN", "ORGAN_REMOVAL", 7, 2));
    static final List<Population> POPULATIONS = List.of(pop("ARG", 2017, 44_000_000), pop("BRA", 2018, 210_000_000));

    static final SdgResult RAW = Sdg1622.compute(COUNTS, POPULATIONS);
    static final SdgResult PUBLISHED = Suppression.suppress(RAW, 5);
    static final SdgResult SERIES = SdgSeries.of(RAW, PUBLISHED, 5);

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    static CSVRecord row(List<CSVRecord> rows, String series, String area, String sex, String age) {
        return rows.stream().filter(r -> r.get("SERIES").equals(series) && r.get("REF_AREA").equals(area)
                        && r.get("SEX").equals(sex) && r.get("AGE").equals(age)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + series + " " + area + " " + sex + "/" + age));
    }

    @Test
    void theStoredStructureIsTheGlobalSdgDsd() {
        assertEquals(List.of("IAEG-SDGs", "SDG"), List.of(DSD.agency(), DSD.id()));
        assertEquals(List.of("FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA", "SEX", "AGE", "URBANISATION",
                "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN", "COMPOSITE_BREAKDOWN",
                "DISABILITY_STATUS", "ACTIVITY", "PRODUCT"), DSD.dimensions());
        assertEquals("TIME_PERIOD", DSD.timeDimension());
        assertEquals(List.of("OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE"), DSD.mandatoryAttributes());
        assertFalse(DSD.attributeStatus().containsKey("CONF_STATUS"));
        // the per-100,000 series the export writes rates under exist, one per count series
        assertTrue(DSD.codes("SERIES").containsAll(SdgCodes.RATE_SERIES.values()));
    }

    @Test
    void headerIsDataflowThenEveryDimensionInDsdOrderThenTimeValueAndAttributes() throws IOException {
        String csv = SdmxCsv.write(SERIES, Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1);
        List<String> expected = new ArrayList<>(List.of("DATAFLOW"));
        expected.addAll(DSD.dimensions());
        expected.add(DSD.timeDimension());
        expected.add("OBS_VALUE");
        expected.addAll(List.of("OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE", "NATURE"));
        assertEquals(expected, parse(csv).get(0).getParser().getHeaderNames());
        for (String attribute : SdmxCsv.ATTRIBUTES) {
            assertTrue(DSD.attributeStatus().containsKey(attribute), attribute + " is not an attribute of the DSD");
        }
        assertTrue(SdmxCsv.ATTRIBUTES.containsAll(DSD.mandatoryAttributes()));
    }

    @Test
    void everyCodedValueIsInItsCodeListAndEveryKeyIsUnique() throws IOException {
        for (SdgResult table : List.of(SdgSeries.of(RAW), SERIES)) {
            for (SdmxCsv.Format format : SdmxCsv.Format.values()) {
                conforms(table, format);
            }
        }
    }

    private static void conforms(SdgResult table, SdmxCsv.Format format) throws IOException {
        List<CSVRecord> rows = parse(SdmxCsv.write(table, Dataflow.SDG_COUNTRY_DATA, format));
        assertEquals(38 + 27, rows.size());
        Set<List<String>> keys = new HashSet<>();
        for (CSVRecord r : rows) {
            if (format == SdmxCsv.Format.V1) {
                assertEquals("IAEG-SDGs:DF_SDG_GLC(1.22)", r.get("DATAFLOW"));
            } else {
                assertEquals(List.of("dataflow", "IAEG-SDGs:DF_SDG_GLC(1.22)", "I"),
                        List.of(r.get("STRUCTURE"), r.get("STRUCTURE_ID"), r.get("ACTION")));
            }
            List<String> key = new ArrayList<>();
            for (String dim : DSD.dimensions()) {
                assertTrue(DSD.codes(dim).contains(r.get(dim)), dim + " " + r.get(dim) + " is not in its code list: " + r);
                key.add(r.get(dim));
            }
            assertTrue(r.get("TIME_PERIOD").matches("\\d{4}"), r.toString());
            key.add(r.get("TIME_PERIOD"));
            assertTrue(keys.add(key), "key twice: " + key);
            for (String attribute : List.of("OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE", "NATURE")) {
                assertTrue(DSD.codes(attribute).contains(r.get(attribute)), attribute + " " + r.get(attribute) + ": " + r);
            }
            for (String mandatory : DSD.mandatoryAttributes()) {
                assertFalse(r.get(mandatory).isEmpty(), mandatory + " empty: " + r);
            }
            String value = r.get("OBS_VALUE");
            assertTrue(value.equals("NaN") ? r.get("OBS_STATUS").equals("Q") : value.matches("\\d+(\\.\\d{3})?"),
                    "OBS_VALUE " + value + " with OBS_STATUS " + r.get("OBS_STATUS"));
            boolean rate = SdgCodes.RATE_SERIES.containsValue(r.get("SERIES"));
            assertEquals(rate ? List.of("PER_100000_POP", "CA") : List.of("NUMBER", "C"),
                    List.of(r.get("UNIT_MEASURE"), r.get("NATURE")));
            assertEquals(List.of("A", "N", "0"), List.of(r.get("FREQ"), r.get("REPORTING_TYPE"), r.get("UNIT_MULT")));
            for (String unused : DSD.dimensions().subList(6, 15)) {
                assertEquals("_T", r.get(unused), unused);
            }
        }
        assertTrue(rows.stream().noneMatch(r -> r.get("REF_AREA").equals("19") || r.get("REF_AREA").equals("019")
                || r.get("REF_AREA").equals("OAS")), "no regional total in the SDG file");
    }

    @Test
    void unsuppressedValuesAsWorkedByHand() throws IOException {
        List<CSVRecord> rows = parse(SdmxCsv.write(SdgSeries.of(RAW), Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1));
        assertEquals(List.of("IAEG-SDGs:DF_SDG_GLC(1.22)", "A", "N", "VC_HTF_DETV", "32", "_T", "_T", "_T", "_T", "_T", "_T",
                "_T", "_T", "_T", "_T", "_T", "2017", "153", "A", "0", "NUMBER", "C"),
                row(rows, "VC_HTF_DETV", "32", "_T", "_T").toList());
        assertEquals("0.348", row(rows, "VC_HTF_DETVR", "32", "_T", "_T").get("OBS_VALUE"));
        assertEquals("3", row(rows, "VC_HTF_DETVSX", "32", "F", "Y0T17").get("OBS_VALUE"));
        assertEquals("50", row(rows, "VC_HTF_DETVFL", "76", "M", "Y_GE18").get("OBS_VALUE"));
        assertEquals("0.024", row(rows, "VC_HTF_DETVFLR", "76", "M", "Y_GE18").get("OBS_VALUE"));
        assertEquals("15", row(rows, "VC_HTF_DETVOP", "76", "F", "Y0T17").get("OBS_VALUE"));
        assertEquals("90", row(rows, "VC_HTF_DETV", "76", "_T", "_T").get("OBS_VALUE"));
        assertEquals("0.043", row(rows, "VC_HTF_DETVR", "76", "_T", "_T").get("OBS_VALUE"));
        assertEquals("7", row(rows, "VC_HTF_DETVOG", "659", "_U", "_U").get("OBS_VALUE"));
        assertEquals("7", row(rows, "VC_HTF_DETV", "659", "_T", "_U").get("OBS_VALUE"));
        assertTrue(rows.stream().noneMatch(r -> r.get("REF_AREA").equals("659") && r.get("UNIT_MEASURE").equals("PER_100000_POP")),
                "no population for KNA 2019, so no rate");
        assertEquals(13 + 14 + 11, rows.stream().filter(r -> r.get("UNIT_MEASURE").equals("NUMBER")).count());
        assertTrue(rows.stream().allMatch(r -> r.get("OBS_STATUS").equals("A")));
    }

    @Test
    void suppressedValuesAreNaNWithStatusQAndTheirRatesToo() throws IOException {
        List<CSVRecord> rows = parse(SdmxCsv.write(SERIES, Dataflow.SDG_COUNTRY_DATA, SdmxCsv.Format.V1));
        for (String[] small : new String[][] {{"VC_HTF_DETVSX", "32", "F", "Y0T17"}, {"VC_HTF_DETV", "32", "F", "Y0T17"},
            {"VC_HTF_DETV", "32", "_T", "Y0T17"}}) {
            CSVRecord count = row(rows, small[0], small[1], small[2], small[3]);
            assertEquals(List.of("NaN", "Q"), List.of(count.get("OBS_VALUE"), count.get("OBS_STATUS")), count.toString());
            CSVRecord rate = row(rows, SdgCodes.RATE_SERIES.get(small[0]), small[1], small[2], small[3]);
            assertEquals(List.of("NaN", "Q"), List.of(rate.get("OBS_VALUE"), rate.get("OBS_STATUS")), rate.toString());
        }
        assertEquals("153", row(rows, "VC_HTF_DETV", "32", "_T", "_T").get("OBS_VALUE"));
        // the three forced-labour forms of BRA's adult men (40 + 2 + 8) are one series: the hidden 2 stays inside it
        assertEquals("50", row(rows, "VC_HTF_DETVFL", "76", "M", "Y_GE18").get("OBS_VALUE"));
        // KNA has no count below 5
        assertTrue(rows.stream().filter(r -> r.get("REF_AREA").equals("659")).allMatch(r -> r.get("OBS_STATUS").equals("A")));
        // every count from 1 to 4 is hidden
        for (Observation o : SERIES.observations()) {
            Long raw = SdgSeries.of(RAW).observations().stream().filter(r -> r.country().equals(o.country())
                    && r.year() == o.year() && r.series().equals(o.series()) && r.sex().equals(o.sex()) && r.age().equals(o.age()))
                    .findFirst().orElseThrow().count();
            if (raw > 0 && raw < 5) {
                assertTrue(o.suppressed(), o.toString());
            }
        }
    }

    @Test
    void noHiddenValueCanBeWorkedOutFromTheSdgFileAndTheJsonTogether() {
        Audit audit = new Audit();
        audit.table("F", RAW, PUBLISHED, true);
        audit.table("S", SdgSeries.of(RAW), SERIES, false);
        // each series value is the sum of its forms (VC_HTF_DETV the all-forms cell)
        for (Observation s : SdgSeries.of(RAW).observations()) {
            List<String> forms = new ArrayList<>();
            for (Observation f : RAW.observations()) {
                if (f.country().equals(s.country()) && f.year() == s.year() && f.sex().equals(s.sex()) && f.age().equals(s.age())
                        && f.series().equals(s.series())) {
                    forms.add(Audit.id("F", f));
                }
            }
            audit.equation(Audit.id("S", s), forms);
        }
        Set<String> derived = audit.solve();
        assertTrue(audit.hidden.size() > 6, "the dataset hides values in both files: " + audit.hidden);
        assertEquals(Set.of(), derived, "hidden values worked out from the published ones");
    }

    /** Linear equations total = sum of members between the values of both files; solves those with one unknown left. */
    static final class Audit {
        final Map<String, Long> value = new HashMap<>();
        final Set<String> hidden = new HashSet<>();
        final List<List<String>> equations = new ArrayList<>();

        static String id(String file, Observation o) {
            return file + "|" + o.country() + "|" + o.year() + "|" + o.sex() + "|" + o.age() + "|" + o.exploitation();
        }

        void equation(String total, List<String> members) {
            List<String> eq = new ArrayList<>();
            eq.add(total);
            eq.addAll(members);
            equations.add(eq);
        }

        /** The values of a table and its breakdown equations (as {@link Suppression} sees them), with what is hidden. */
        void table(String file, SdgResult raw, SdgResult shown, boolean withRegion) {
            for (int i = 0; i < raw.observations().size(); i++) {
                Observation o = raw.observations().get(i);
                value.put(id(file, o), o.count());
                if (shown.observations().get(i).suppressed()) {
                    hidden.add(id(file, o));
                }
            }
            List<Observation> obs = raw.observations();
            for (Observation t : obs) {
                String[] tc = {t.sex(), t.age(), t.exploitation()};
                for (int subset = 1; subset < 8; subset++) {
                    boolean ok = true;
                    for (int d = 0; d < 3; d++) {
                        ok &= (subset & (1 << d)) == 0 || "_T".equals(tc[d]);
                    }
                    if (!ok) {
                        continue;
                    }
                    List<String> members = new ArrayList<>();
                    for (Observation m : obs) {
                        if (m == t || !m.country().equals(t.country()) || m.year() != t.year()) {
                            continue;
                        }
                        String[] mc = {m.sex(), m.age(), m.exploitation()};
                        boolean match = true;
                        for (int d = 0; d < 3; d++) {
                            boolean broken = (subset & (1 << d)) != 0;
                            match &= broken ? !"_T".equals(mc[d]) : mc[d].equals(tc[d]);
                        }
                        if (match) {
                            members.add(id(file, m));
                        }
                    }
                    if (!members.isEmpty()) {
                        equation(id(file, t), members);
                    }
                }
            }
            if (withRegion) {
                for (Observation r : obs) {
                    if (Sdg1622.REGION.equals(r.country())) {
                        equation(id(file, r), obs.stream().filter(o -> o.isGrandTotal() && o.year() == r.year()
                                && !Sdg1622.REGION.equals(o.country())).map(o -> id(file, o)).toList());
                    }
                }
            }
        }

        /** The hidden values that become known; a sanity check that every equation holds on the raw values first. */
        Set<String> solve() {
            for (List<String> eq : equations) {
                long members = eq.subList(1, eq.size()).stream().mapToLong(value::get).sum();
                if (members != value.get(eq.get(0))) {
                    fail("equation does not hold: " + eq);
                }
            }
            Set<String> unknown = new HashSet<>(hidden);
            boolean progress = true;
            while (progress) {
                progress = false;
                for (List<String> eq : equations) {
                    List<String> open = eq.stream().filter(unknown::contains).toList();
                    if (open.size() == 1) {
                        unknown.remove(open.get(0));
                        progress = true;
                    }
                }
            }
            Set<String> derived = new HashSet<>(hidden);
            derived.removeAll(unknown);
            return derived;
        }
    }
}

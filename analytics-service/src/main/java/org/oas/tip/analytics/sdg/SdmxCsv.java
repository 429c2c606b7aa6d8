package org.oas.tip.analytics.sdg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the series table of SDG 16.2.2 ({@link SdgSeries}) as SDMX-CSV against the global SDG structure
 * {@code IAEG-SDGs:SDG} (a copy is in {@code resources/sdmx/}, with a README saying where it comes from).
 *
 * <p>Every dimension of the structure, in its order, then TIME_PERIOD, OBS_VALUE and the attributes OBS_STATUS, UNIT_MULT,
 * UNIT_MEASURE (the three mandatory ones) and NATURE. FREQ is A (annual), REPORTING_TYPE N (national data, reported by the
 * countries), the breakdowns the questionnaire does not have are _T. Each value gives a count row under its count series
 * (UNIT_MEASURE NUMBER, NATURE C) and, when the secretariat has a population figure for the country-year, a rate row under
 * the series' per-100,000 twin (VC_HTF_DETV → VC_HTF_DETVR, ...; PER_100000_POP, NATURE CA); without one, the rate is left
 * out and the population stays in the JSON. UNIT_MULT is 0: values are in units.
 *
 * <p>A suppressed value keeps its row with the missing-value convention of SDMX: OBS_VALUE {@code NaN} and OBS_STATUS Q
 * (missing value; suppressed), so the receiver tells a hidden value from one not reported; every other value has OBS_STATUS
 * A (normal value). REF_AREA is the SDG area code ({@link M49}).
 */
public final class SdmxCsv {

    /** The dimensions of IAEG-SDGs:SDG in their order, TIME_PERIOD (the time dimension) last. */
    public static final List<String> DIMENSIONS = List.of("FREQ", "REPORTING_TYPE", "SERIES", "REF_AREA", "SEX", "AGE",
            "URBANISATION", "INCOME_WEALTH_QUANTILE", "EDUCATION_LEV", "OCCUPATION", "CUST_BREAKDOWN", "COMPOSITE_BREAKDOWN",
            "DISABILITY_STATUS", "ACTIVITY", "PRODUCT", "TIME_PERIOD");
    /** The attributes written, the structure's order: the mandatory three, then NATURE. */
    public static final List<String> ATTRIBUTES = List.of("OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE", "NATURE");
    public static final String UNIT_NUMBER = "NUMBER";
    public static final String UNIT_RATE = "PER_100000_POP";
    /** OBS_VALUE of a suppressed value: SDMX's intentionally missing number. */
    public static final String MISSING = "NaN";
    public static final String STATUS_NORMAL = "A";
    public static final String STATUS_SUPPRESSED = "Q";

    /** The two SDMX-CSV layouts: 1.0 (SDMX 2.1 tools) and 2.0 (SDMX 3.0 tools). */
    public enum Format {
        /** {@code DATAFLOW} first, then the components. */
        V1,
        /** {@code STRUCTURE,STRUCTURE_ID,ACTION} first, then the components; ACTION I (information). */
        V2
    }

    private SdmxCsv() {
    }

    /** The header row of a layout. */
    public static List<String> header(Format format) {
        List<String> header = new ArrayList<>(format == Format.V1 ? List.of("DATAFLOW")
                : List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        header.addAll(DIMENSIONS);
        header.add("OBS_VALUE");
        header.addAll(ATTRIBUTES);
        return header;
    }

    /**
     * The CSV text, header first, rows in the table's order (each count row followed by its rate row).
     *
     * @throws IllegalArgumentException when a country has no SDG area code, since a wrong REF_AREA would be loaded silently
     */
    public static String write(SdgResult series, Dataflow flow, Format format) {
        TreeSet<String> unmapped = new TreeSet<>();
        for (Observation o : series.observations()) {
            if (M49.OAS_MEMBERS.get(o.country()) == null) {
                unmapped.add(o.country());
            }
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("No SDG area code for " + String.join(", ", unmapped));
        }
        StringBuilder out = new StringBuilder();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader(header(format).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, csv)) {
            for (Observation o : series.observations()) {
                printer.printRecord(row(format, flow, o, o.series(), UNIT_NUMBER,
                        o.count() == null ? null : String.valueOf(o.count()), SdgCodes.NATURE_COUNTRY));
                if (o.population() != null) {
                    String rate = o.ratePer100k() == null ? null
                            : BigDecimal.valueOf(o.ratePer100k()).setScale(3, RoundingMode.HALF_UP).toPlainString();
                    printer.printRecord(row(format, flow, o, SdgCodes.RATE_SERIES.get(o.series()), UNIT_RATE, rate,
                            SdgCodes.NATURE_ADJUSTED));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Format format, Dataflow flow, Observation o, String series, String unit, String value,
                                    String nature) {
        // A hidden count must not come back through the rate of the same cell, so both follow the observation.
        boolean hidden = o.suppressed() || value == null;
        List<String> row = new ArrayList<>(format == Format.V1 ? List.of(flow.toString())
                : List.of("dataflow", flow.toString(), "I"));
        row.addAll(List.of("A", "N", series, M49.OAS_MEMBERS.get(o.country()), o.sex(), o.age()));
        for (int i = 0; i < 9; i++) {
            row.add(SdgCodes.TOTAL);
        }
        row.add(String.valueOf(o.year()));
        row.add(hidden ? MISSING : value);
        row.addAll(List.of(hidden ? STATUS_SUPPRESSED : STATUS_NORMAL, "0", unit, nature));
        return row;
    }
}

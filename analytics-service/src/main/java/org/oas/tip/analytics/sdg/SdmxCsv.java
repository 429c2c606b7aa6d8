package org.oas.tip.analytics.sdg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes an SDG 16.2.2 result as SDMX-CSV 1.0 for the SDG global database.
 *
 * <p>DATAFLOW is {@value #DATAFLOW}, the UNSD SDG global dataflow the 16.2.2 series are reported in. Each observation
 * gives a count row (UNIT_MEASURE NUMBER) and, when a population figure exists, a rate row (PER_100000_POP).
 * TYPE_OF_EXPLOITATION carries the questionnaire's code (_T for all forms), which the SDG dataflow does not define:
 * it keeps the forms that share a series apart. REF_AREA is the M49 code; the regional total is {@value M49#AMERICAS}.
 * A suppressed value has an empty OBS_VALUE and CONF_STATUS C (confidential), every other value F (free).
 */
public final class SdmxCsv {

    public static final String DATAFLOW = "UNSD:DF_SDG_GLH(1.0)";
    public static final String[] HEADER = {"DATAFLOW", "SERIES", "REF_AREA", "TIME_PERIOD", "SEX", "AGE",
        "TYPE_OF_EXPLOITATION", "UNIT_MEASURE", "OBS_VALUE", "NATURE", "CONF_STATUS", "COMMENT_OBS"};
    public static final String UNIT_NUMBER = "NUMBER";
    public static final String UNIT_RATE = "PER_100000_POP";

    private SdmxCsv() {
    }

    /**
     * The CSV text, header first, rows in the result's order. {@code m49ByIso3OrNullForDefault} replaces the built-in
     * {@link M49#OAS_MEMBERS} table when given; the region code {@value Sdg1622#REGION} may be mapped there too.
     *
     * @throws IllegalArgumentException when a country has no M49 code, since a wrong REF_AREA would be loaded silently
     */
    public static String write(SdgResult result, Map<String, String> m49ByIso3OrNullForDefault) {
        Map<String, String> m49 = m49ByIso3OrNullForDefault == null ? M49.OAS_MEMBERS : m49ByIso3OrNullForDefault;
        TreeSet<String> unmapped = new TreeSet<>();
        for (Observation o : result.observations()) {
            if (!Sdg1622.REGION.equals(o.country()) && m49.get(o.country()) == null) {
                unmapped.add(o.country());
            }
        }
        if (!unmapped.isEmpty()) {
            throw new IllegalArgumentException("No M49 code for " + String.join(", ", unmapped));
        }
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Observation o : result.observations()) {
                String area = area(o.country(), m49);
                printer.printRecord(row(o, area, UNIT_NUMBER, o.count() == null ? null : String.valueOf(o.count()),
                        o.countNature()));
                if (o.population() != null) {
                    String rate = o.ratePer100k() == null ? null
                            : BigDecimal.valueOf(o.ratePer100k()).setScale(3, RoundingMode.HALF_UP).toPlainString();
                    printer.printRecord(row(o, area, UNIT_RATE, rate, SdgCodes.NATURE_ADJUSTED));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object[] row(Observation o, String area, String unit, String value, String nature) {
        // A hidden value must not leak through a rate of the same cell, so confidentiality follows the observation.
        boolean confidential = o.suppressed() || value == null;
        return new Object[] {DATAFLOW, o.series(), area, String.valueOf(o.year()), o.sex(), o.age(), o.exploitation(),
            unit, confidential ? "" : value, nature, confidential ? "C" : "F", o.comment() == null ? "" : o.comment()};
    }

    private static String area(String country, Map<String, String> m49) {
        String code = m49.get(country);
        if (code == null && Sdg1622.REGION.equals(country)) {
            code = M49.AMERICAS;
        }
        // Callers may pass numbers without leading zeros; M49 codes are always three digits.
        return code.length() < 3 && code.chars().allMatch(Character::isDigit)
                ? "0".repeat(3 - code.length()) + code : code;
    }
}

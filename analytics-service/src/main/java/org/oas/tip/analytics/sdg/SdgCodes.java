package org.oas.tip.analytics.sdg;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translation of the questionnaire's codes into the SDG SDMX code lists, and the order observations are listed in.
 *
 * <p>Forms of exploitation are mapped to series as follows (a choice: the SDG series name only three forms):
 * all forms (_T) to VC_HTF_DETV; SEXUAL to VC_HTF_DETVSX; FORCED_LABOUR, SERVITUDE and SLAVERY to VC_HTF_DETVFL, since
 * the Protocol lists them together as labour exploitation; ORGAN_REMOVAL to VC_HTF_DETVOG; FORCED_MARRIAGE,
 * ILLEGAL_ADOPTION, FORCED_CRIMINALITY, OTHER and MIXED to VC_HTF_DETVOP (other purposes), MIXED included because a
 * victim of several forms cannot be put under one of them without counting twice.
 */
public final class SdgCodes {

    public static final String TOTAL = "_T";
    public static final String SERIES_TOTAL = "VC_HTF_DETV";
    public static final String SERIES_SEXUAL = "VC_HTF_DETVSX";
    public static final String SERIES_LABOUR = "VC_HTF_DETVFL";
    public static final String SERIES_ORGANS = "VC_HTF_DETVOG";
    public static final String SERIES_OTHER = "VC_HTF_DETVOP";
    /** The per-100,000-population series of each count series, as the SDG code list (CL_SERIES 1.14) defines them. */
    public static final Map<String, String> RATE_SERIES = Map.of(SERIES_TOTAL, "VC_HTF_DETVR", SERIES_SEXUAL, "VC_HTF_DETVSXR",
            SERIES_LABOUR, "VC_HTF_DETVFLR", SERIES_ORGANS, "VC_HTF_DETVOGR", SERIES_OTHER, "VC_HTF_DETVOPR");
    /** Nature of a count taken as the country reported it. */
    public static final String NATURE_COUNTRY = "C";
    /** Nature of a rate: the country's count over the secretariat's population figure. */
    public static final String NATURE_ADJUSTED = "CA";

    /** Questionnaire sex code to SDMX SEX code. */
    public static final Map<String, String> SEX = ordered("FEMALE", "F", "MALE", "M", "OTHER", "_O", "UNKNOWN", "_U");
    /** Questionnaire age group to SDMX AGE code. */
    public static final Map<String, String> AGE = ordered("CHILD_0_17", "Y0T17", "ADULT_18_PLUS", "Y_GE18", "UNKNOWN", "_U");
    /** The questionnaire's forms of exploitation, in the order they are listed. */
    public static final List<String> FORMS = List.of("SEXUAL", "FORCED_LABOUR", "SERVITUDE", "SLAVERY", "ORGAN_REMOVAL",
            "FORCED_MARRIAGE", "ILLEGAL_ADOPTION", "FORCED_CRIMINALITY", "OTHER", "MIXED");

    private static final List<String> SEX_ORDER = List.of("F", "M", "_O", "_U", TOTAL);
    private static final List<String> AGE_ORDER = List.of("Y0T17", "Y_GE18", "_U", TOTAL);
    /** The count series, VC_HTF_DETV first. */
    public static final List<String> SERIES_ORDER =
            List.of(SERIES_TOTAL, SERIES_SEXUAL, SERIES_LABOUR, SERIES_ORGANS, SERIES_OTHER);

    /** Country, year, series, sex, age, form; codes in code-list order with _T last, so the order never depends on input order. */
    public static final Comparator<Observation> ORDER = Comparator.comparing(Observation::country)
            .thenComparingInt(Observation::year)
            .thenComparing(o -> rank(SERIES_ORDER, o.series()))
            .thenComparing(o -> rank(SEX_ORDER, o.sex()))
            .thenComparing(o -> rank(AGE_ORDER, o.age()))
            .thenComparing(o -> TOTAL.equals(o.exploitation()) ? FORMS.size() : FORMS.indexOf(o.exploitation()));

    private SdgCodes() {
    }

    /** The SDG series a form of exploitation (or _T) falls under; null for a code the questionnaire does not have. */
    public static String series(String form) {
        if (TOTAL.equals(form)) {
            return SERIES_TOTAL;
        }
        if (form == null || !FORMS.contains(form)) {
            return null;
        }
        return switch (form) {
            case "SEXUAL" -> SERIES_SEXUAL;
            case "FORCED_LABOUR", "SERVITUDE", "SLAVERY" -> SERIES_LABOUR;
            case "ORGAN_REMOVAL" -> SERIES_ORGANS;
            default -> SERIES_OTHER;
        };
    }

    private static int rank(List<String> order, String code) {
        int i = order.indexOf(code);
        return i < 0 ? order.size() : i;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

package org.oas.tip.analytics.sdg;

/** The SDMX dataflow an export is reported against, written {@code AGENCY:ID(VERSION)} as SDMX-CSV wants it. */
public record Dataflow(String agency, String id, String version) {

    /** The SDG dataflow for data reported by countries, in the version current when the structure was last checked. */
    public static final Dataflow SDG_COUNTRY_DATA = new Dataflow("IAEG-SDGs", "DF_SDG_GLC", "1.22");

    public Dataflow {
        if (blank(agency) || blank(id) || blank(version)) {
            throw new IllegalArgumentException("A dataflow needs an agency, an id and a version");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return agency + ":" + id + "(" + version + ")";
    }
}

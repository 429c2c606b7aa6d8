package org.oas.tip.analytics.sdg;

import java.util.Map;
import java.util.TreeMap;

/**
 * The SDG area codes (CL_AREA of the global SDG structure) of the 35 OAS member states: their UN M49 numbers written
 * without leading zeros, as that code list has them ({@code 32}, not {@code 032}). The OAS itself has none: it is no UN
 * region, so its regional total stays out of the SDG file.
 */
public final class M49 {

    /** ISO 3166-1 alpha-3 to SDG area code. */
    public static final Map<String, String> OAS_MEMBERS = table(
            "ATG", "28", "ARG", "32", "BHS", "44", "BRB", "52", "BLZ", "84", "BOL", "68", "BRA", "76",
            "CAN", "124", "CHL", "152", "COL", "170", "CRI", "188", "CUB", "192", "DMA", "212", "DOM", "214",
            "ECU", "218", "SLV", "222", "GRD", "308", "GTM", "320", "GUY", "328", "HTI", "332", "HND", "340",
            "JAM", "388", "MEX", "484", "NIC", "558", "PAN", "591", "PRY", "600", "PER", "604", "KNA", "659",
            "LCA", "662", "VCT", "670", "SUR", "740", "TTO", "780", "USA", "840", "URY", "858", "VEN", "862");

    private M49() {
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}

package org.oas.tip.analytics.sdg;

import java.util.Map;
import java.util.TreeMap;

/** UN M49 numeric area codes of the 35 OAS member states, and of the Americas for the regional total. */
public final class M49 {

    /** M49 code of the Americas, used as REF_AREA of the regional total (the OAS covers all of it but a few territories). */
    public static final String AMERICAS = "019";

    /** ISO 3166-1 alpha-3 to M49, three digits with leading zeros. */
    public static final Map<String, String> OAS_MEMBERS = table(
            "ATG", "028", "ARG", "032", "BHS", "044", "BRB", "052", "BLZ", "084", "BOL", "068", "BRA", "076",
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

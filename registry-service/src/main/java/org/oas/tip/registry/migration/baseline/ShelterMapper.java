package org.oas.tip.registry.migration.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section G.5 as SHELTER rows: one per country and provider of Diagram 26 (Guyana and Peru have two modalities), plus
 * the shelters G.5 mentions for countries the diagram does not classify.
 */
final class ShelterMapper implements BaselineMapper {

    private static final Map<String, String> PROVIDER = Map.of("state", "STATE", "ngo", "NGO", "both", "BOTH");
    private static final Map<String, String> DIAGRAM_LINE = Map.of("state", "L1394-1400", "ngo", "L1404-1407",
            "both", "L1384");

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) {
        List<InstrumentRow> rows = new ArrayList<>();
        for (String provider : List.of("state", "ngo", "both")) {
            for (String country : facts.countries("shelter_provider", provider)) {
                String source = "Section G.5 (Diagram 26, " + DIAGRAM_LINE.get(provider) + ")";
                InstrumentRow row = InstrumentRow.of(country, "SHELTER", source);
                row.shelterProvider = PROVIDER.get(provider);
                if (country.equals("ARG")) {
                    // L1431: the only shelter the section names, exclusive to trafficking victims, with their children
                    row.titled("Shelter of the National Rescue Program", null, "en")
                            .note("exclusive to trafficking victims, who are housed with their children and/or relatives"
                                    + " (L1431); guarded by the programme's own police personnel (fn 71)");
                    row.institution = "National Rescue Program";
                    row.shelterExclusive = true;
                } else {
                    row.titled("Shelter services", null, "en").note("the report names no shelter or programme");
                }
                if (country.equals("GUY") && provider.equals("both")) {
                    row.shelterExclusive = true;
                    row.note("L1433: the State signed cooperation agreements with 2 NGOs, one of them for accommodation"
                            + " exclusively for women victims of trafficking; 32 victims assisted in 2016 (fn 72)");
                }
                if (country.equals("PAN")) {
                    row.note("a shelter exclusively for women victims was under construction (L1435)");
                }
                if (facts.has(country, "shelter_accepts_children", "true")) {
                    row.acceptsChildren = true;
                }
                rows.add(row);
            }
        }
        InstrumentRow paraguay = InstrumentRow.of("PRY", "SHELTER", "Section G.5 (L1437)").titled("Shelter services", null, "en")
                .note("the report names no shelter; provider not classified in Diagram 26");
        paraguay.acceptsChildren = true;
        rows.add(paraguay);
        rows.add(InstrumentRow.of("GTM", "SHELTER", "Section G.5 fn 70 (L1365)")
                .titled("Temporary shelters for children and adolescents", null, "en")
                .note("three shelters, 1 in Guatemala City and 2 elsewhere; not exclusively for women/girls"));
        rows.add(InstrumentRow.of("USA", "SHELTER", "Section G.5 (L1437)")
                .titled("Shelter services funded by the federal government", null, "en")
                .note("the federal government does not provide shelter directly; federal funding goes to the states and to"
                        + " victim service providers to shelter all victims, including their dependent children."
                        + " accepts_children left empty: the same paragraph counts only Argentina, Paraguay and Venezuela"));
        return rows;
    }
}

package org.oas.tip.registry.migration.baseline;

import java.util.ArrayList;
import java.util.List;

/** The victim protocols section E.3 attributes to named countries beyond Appendix 12 (Argentina, U.S., Mercosur guidelines). */
final class SectionProtocols implements BaselineMapper {

    private static final String MERCOSUR_GUIDELINES = "Guidelines for Regional Actions for Early Detection of Trafficking in"
            + " Persons Situations at Border Crossing Points in Mercosur Member and Associated States";

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) {
        List<InstrumentRow> rows = new ArrayList<>();
        InstrumentRow unified = protocol("ARG", "Unified Coordination Protocol", "VICTIM_ASSISTANCE", "Section E.3 fn 41 (L1054)")
                .link("http://servicios.infoleg.gob.ar/infolegInternet/anexos/250000-254999/252982/norma.htm")
                .note("adopted by Resolution 1280/2015 (no year stated otherwise); applies to the entire process, from the"
                        + " complaint to victim assistance; only the English name is printed; Argentina is missing from"
                        + " Appendix 12");
        unified.institution = "Executive Committee to Combat Trafficking and Exploitation of Persons and for the Protection"
                + " and Assistance of Victims";
        rows.add(unified);
        InstrumentRow children = protocol("ARG", "Protocol on Assistance to Victims of Trafficking and Child Sexual"
                + " Exploitation", "VICTIM_ASSISTANCE", "Section E.3.1 (L1050) and fn 42 (L1056)")
                .note("has Guidelines for its uniform implementation and a federal coordination system of Provincial Focal"
                        + " Points (2012); only the English name is printed; Argentina is missing from Appendix 12");
        children.institution = "Federal Council for Children, Adolescents, and the Family";
        children.targetPopulation = "children and adolescents";
        rows.add(children);
        // E.3 (L1036) names the U.S. with El Salvador and Guyana (Appendix 12 "Unspecified") as having an unnamed protocol;
        // its Appendix 12 entry is its action plan, kept as a PLAN
        rows.add(protocol("USA", "Victim protection protocol (name not reported)", "VICTIM_ASSISTANCE", "Section E.3 (L1036)")
                .note("the U.S. stated it had a protocol of this type without giving any bibliographical reference; E.3.4"
                        + " (L1068): the Department of Labor works with the Department of Justice to detect and refer"
                        + " potential labor trafficking"));
        for (String country : List.of("BOL", "COL", "ECU", "URY")) {
            rows.add(protocol(country, MERCOSUR_GUIDELINES, "SUPRANATIONAL", "Section E.3.5 (L1072)")
                    .note("a Mercosur instrument the country mentioned; not in Appendix 12"));
        }
        return rows;
    }

    private static InstrumentRow protocol(String country, String title, String kind, String source) {
        InstrumentRow row = InstrumentRow.of(country, "PROTOCOL", source).titled(title, null, "en");
        row.protocolKind = kind;
        return row;
    }
}

package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 7 (specialized units) as SPECIALIZED_UNIT rows, completed with the units section D.3 names and the grid lacks. */
final class UnitMapper implements BaselineMapper {

    /** The grid's column headers; "Other" holds task forces and coordination teams, i.e. multi-agency bodies. */
    private static final Map<String, String> SPHERES = Map.of(
            "Police", "POLICE", "Public Prosecutor's Office", "PROSECUTOR", "Judicial", "JUDICIAL", "Other", "MULTI_AGENCY");

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-07-specialized-units.csv")) {
            String unit = text(csv, "unit");
            if (unit == null) {
                // Antigua and Barbuda: printed with all four cells empty; its task force comes from D.3 below
                continue;
            }
            String country = csv.get("country");
            InstrumentRow row = InstrumentRow.of(country, "SPECIALIZED_UNIT", "Appendix 7").note(text(csv, "note"))
                    .titled(unit, text(csv, "title_en"));
            row.unitSphere = SPHERES.get(text(csv, "sphere"));
            if (country.equals("COL")) {
                // "14 offices" says nothing of its sphere; D.3 lists Colombia only among prosecutor's-office units (L786)
                row.unitSphere = "PROSECUTOR";
                row.note("sphere PROSECUTOR from Section D.3 (L786), not the Police column it is printed in");
            }
            if (country.equals("MEX")) {
                row.note("D.3 fn 32 (L803): Mexico has a National Unit to Combat Trafficking in Persons, headed by the"
                        + " Investigations Division of the Federal Police");
            }
            rows.add(row);
        }
        rows.add(sectionUnit("ATG", "Anti-Trafficking Task Force", "Committee for the Prevention of Trafficking in Persons",
                "MULTI_AGENCY", "Section D.3 (L807)")
                .note("created by the Committee for the Prevention of Trafficking in Persons; Appendix 7 prints the"
                        + " Antigua and Barbuda row empty"));
        // Argentina is absent from Appendix 7; D.3 fn 31 names the branches of its four federal police forces
        String fn31 = "Section D.3 fn 31 (L801)";
        String missing = "Argentina is missing from Appendix 7; D.3 (L786) also lists it among prosecutor's-office units"
                + " without naming one, so none is added";
        rows.add(sectionUnit("ARG", "Trafficking in Persons Division", "Argentine Federal Police", "POLICE", fn31)
                .note(missing));
        rows.add(sectionUnit("ARG", "Trafficking in Persons Investigations Department", "Argentine Naval Prefecture",
                "POLICE", fn31).note(missing));
        rows.add(sectionUnit("ARG", "Anti-Trafficking in Persons Department", "Argentine National Gendarmerie", "POLICE",
                fn31).note(missing));
        rows.add(sectionUnit("ARG", "Operating Unit to Monitor Drug Trafficking and Complex Crime", "Airport Security Police",
                "POLICE", fn31).note(missing));
        return rows;
    }

    /** The report gives these names in English only; the original Spanish names are not printed. */
    private static InstrumentRow sectionUnit(String country, String title, String institution, String sphere, String source) {
        InstrumentRow row = InstrumentRow.of(country, "SPECIALIZED_UNIT", source).titled(title, null, "en");
        row.institution = institution;
        row.unitSphere = sphere;
        return row;
    }
}

package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.year;

/** Appendix 8 (criminal investigation protocols) as CRIMINAL_INVESTIGATION protocols, plus Argentina's two from D.4. */
final class InvestigationProtocolMapper implements BaselineMapper {

    private static final String FN33 = "Section D.4 fn 33 (L819)";

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-08-criminal-investigation-protocols.csv")) {
            InstrumentRow row = InstrumentRow.of(csv.get("country"), "PROTOCOL", "Appendix 8").note(text(csv, "note"))
                    .titled(text(csv, "title"), text(csv, "title_en")).years(year(csv, "year"), null)
                    .link(text(csv, "access"));
            row.institution = text(csv, "institution");
            row.protocolKind = "CRIMINAL_INVESTIGATION";
            rows.add(row);
        }
        // Argentina is missing from Appendix 8; D.4 says it has at least two, drafted by the Procurator-General's Office
        String drafter = "Office of the Procurator-General";
        String why = "Argentina is missing from Appendix 8; drafter from D.4 (L815)";
        InstrumentRow labour = InstrumentRow.of("ARG", "PROTOCOL", FN33)
                .titled("Procedures and Criteria for Detecting and Investigating Trafficking in Persons for Labor Exploitation"
                        + " Purposes", null, "en")
                .link("http://www.mpf.gob.ar/resoluciones/PGN/2011/PGN-0046-2011-001.pdf")
                .note(why).note("guidelines; only the English title is printed, and no year (the link names a 2011"
                        + " resolution, which the text does not state)");
        labour.institution = drafter;
        labour.protocolKind = "CRIMINAL_INVESTIGATION";
        rows.add(labour);
        InstrumentRow testimony = InstrumentRow.of("ARG", "PROTOCOL", FN33)
                .titled("El Testimonio de la Víctima de Trata de Personas", "Testimony of the Human Trafficking Victim", "es")
                .years(2016, null)
                .link("http://www.fiscales.gob.ar/wpcontent/uploads/2016/07/ProtexTestimonio-V%C3%ADctima-Trata.pdf")
                .note(why).note("tools to guide prosecutors in eliciting a victim's testimony");
        testimony.institution = drafter;
        testimony.protocolKind = "CRIMINAL_INVESTIGATION";
        rows.add(testimony);
        return rows;
    }
}

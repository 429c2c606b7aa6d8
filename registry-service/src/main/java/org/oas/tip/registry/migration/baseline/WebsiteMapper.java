package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 2 (websites with information on trafficking in persons) as WEBSITE rows, one per printed URL. */
final class WebsiteMapper implements BaselineMapper {

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-02-websites.csv")) {
            String country = csv.get("country");
            // the appendix names a site only by the institution that runs it, so that name is the title
            String institution = text(csv, "institution");
            InstrumentRow row = InstrumentRow.of(country, "WEBSITE", "Appendix 2").note(text(csv, "note"))
                    .titled(institution, text(csv, "title_en")).link(text(csv, "website"));
            row.institution = institution;
            if (row.link != null && row.link.endsWith("comitecontralatrat")) {
                // printed truncated: kept as printed for the link checker, but it does not look like a working address
                row.foundOnline = null;
            }
            if (facts.has(country, "alternative_channel", "website")) {
                // E.1.6 counts this country's websites as reporting channels without saying which; not duplicated as channels
                row.note("Section E.1.6 (Diagram 15, L983-988) lists the country among those that mentioned websites as a"
                        + " reporting channel, without saying which");
            }
            rows.add(row);
        }
        return rows;
    }
}

package org.oas.tip.registry.migration.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reporting channels sections E.1 and E.1.4-E.1.6 attribute to named countries, which no appendix lists. */
final class SectionChannelMapper implements BaselineMapper {

    /** E.1.5.5 (L968) details of the justice-system lines; Honduras is only named. */
    private static final Map<String, String[]> JUSTICE = Map.of(
            "CHL", new String[] {"User Information and Service System (call center and web portal)", "Public Prosecutor's Office"},
            "CRI", new String[] {"Complaints line of the Judicial Investigation Agency (OIJ)", "Judicial Investigation Agency (OIJ)"},
            "HND", new String[] {"Telephone line in a judicial entity", null},
            "VEN", new String[] {"Direct-number cost-free telephone line", "Public Prosecutors' Office"});

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) {
        List<InstrumentRow> rows = new ArrayList<>();
        for (String country : facts.countries("in_person_report_multiple_entities", "true")) {
            rows.add(channel(country, "IN_PERSON", "Complaints filed in person or in writing", null, "Section E.1.4 (L936)")
                    .note("the country cited more than one receiving entity; Figure 15, which names them, is lost"));
        }
        rows.add(channel("CHL", "MINISTRY_LINE", "Denuncie Seguro", "Ministry of the Interior and Public Security",
                "Section E.1.5.3 (L958)").titled("Denuncie Seguro", "Safe Report", "es")
                .note("program giving citizens a telephone number to report crimes they have witnessed. Uruguay's ministry"
                        + " line (same paragraph) is its Appendix 10 police line"));
        for (String country : List.of("PRY", "URY")) {
            rows.add(channel(country, "CONSULAR_MIGRATION_LINE", "Consular telephone line for victims of trafficking",
                    "Ministry of Foreign Affairs", "Section E.1.5.4 (L962)")
                    .note(country.equals("PRY") ? "available until 6 p.m." : null));
        }
        rows.add(channel("COL", "CONSULAR_MIGRATION_LINE", "Complaints filed with consular offices abroad", null,
                "Section E.1.5.4 (L962)").note("its immigration line 153 is the Appendix 11 line of Migración Colombia"));
        for (String country : facts.countries("justice_system_line", "true")) {
            String[] line = JUSTICE.get(country);
            InstrumentRow row = channel(country, "JUSTICE_LINE", line[0], line[1], "Section E.1.5.5 (L968)");
            row.features = country.equals("CRI") || country.equals("VEN") ? List.of("FREE") : null;
            rows.add(row.note(country.equals("CRI") ? "cost-free and confidential" : null));
        }
        rows.add(channel("COL", "WEBSITE", "Website for reporting", null, "Section E.1.6 (Diagram 15, L985)")
                .note("no address given; Colombia is not in Appendix 2"));
        for (String[] site : new String[][] {{"Ministry of Justice"}, {"Trafficking in Persons Unit"},
            {"Office of the Children's Registry"}}) {
            rows.add(channel("JAM", "WEBSITE", "Website of the " + site[0], site[0], "Section E.1.6 (L976)")
                    .note("no link or operational details given"));
        }
        for (String country : facts.countries("alternative_channel", "email")) {
            String institution = country.equals("PRY") ? "Ministry of Foreign Affairs" : null;
            String source = country.equals("PRY") ? "Section E.1.5.4 (L962)" : "Section E.1.6 (Diagram 15, L993-997)";
            rows.add(channel(country, "EMAIL", "E-mail address for reporting", institution, source)
                    .note("no address given"));
        }
        rows.add(channel("JAM", "SOCIAL_MEDIA", "Facebook page of the Ministry of Justice", "Ministry of Justice",
                "Section E.1 (L884) and E.1.6 (Diagram 15, L1002)"));
        rows.add(channel("VCT", "SOCIAL_MEDIA", "Facebook", null, "Section E.1 (L886)")
                .note("no institution given; Diagram 15 lists only Jamaica under Facebook"));
        for (String country : facts.countries("alternative_channel", "app")) {
            rows.add(channel(country, "APP", "Smartphone app for reporting", null, "Section E.1 (L884) and E.1.6 (Diagram 15)")
                    .note("the app's name is not given"));
        }
        return rows;
    }

    /** The report names none of these channels, so the title describes the channel in the report's words (English). */
    private static InstrumentRow channel(String country, String type, String title, String institution, String source) {
        InstrumentRow row = InstrumentRow.of(country, "REPORTING_CHANNEL", source).titled(title, null, "en");
        row.channelType = type;
        row.institution = institution;
        return row;
    }
}

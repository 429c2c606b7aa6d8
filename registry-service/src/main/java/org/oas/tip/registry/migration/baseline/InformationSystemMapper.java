package org.oas.tip.registry.migration.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section F as INFORMATION_SYSTEM rows: one per country and model the text places it in (Peru's two model-2 systems are
 * two rows), plus Argentina's federal criminal system, which F describes without placing it in a model.
 */
final class InformationSystemMapper implements BaselineMapper {

    /** Name (null: none given), institution, sources and a note, as section F and Table 3 print them for one country. */
    private record Text(String title, String institution, String sources, String note) {
    }

    private static final Map<String, Text> TEXT = Map.ofEntries(
            Map.entry("BHS", new Text(null, "Sub-Committee on Data and Investigation",
                    "Police; Social Services; Public Prosecutor's Office", "Table 3 (L1106) prints the system as Unnamed (fn 43)")),
            Map.entry("BLZ", new Text("FAMCare", "Anti-Trafficking in Persons Council", "Police; Social Service; Migration and"
                    + " Customs", "Table 3 (L1107)")),
            Map.entry("JAM", new Text("Integrated Trafficking in Persons Information System and Database", "Ministry of Justice",
                    null, "Table 3 (L1108), sources N/S; developed with UNDP, central repository of NAFTATIP (fn 44)")),
            Map.entry("MEX", new Text("National Information System on Trafficking in Persons", "Ministry of the Interior",
                    "Police; Migration; Public Prosecutor's Office; Courts; Social service Institutions; NGO",
                    "Table 3 (L1109); developed with UNODC (fn 47); historical data being checked (fn 48)")),
            Map.entry("URY", new Text(null, null, null, "in the second model-4 sub-group; fn 55 (L1188): no official"
                    + " trafficking statistics yet")),
            Map.entry("BRA", new Text("Integrated Methodology for Gathering and Analyzing Data and Information on Trafficking"
                    + " in Persons", "Ministry of Justice", "institutions of the criminal justice system and of the victim care"
                    + " network", "L1154-1156: at the intersection of Groups 1 and 2; each institution keeps its own system")),
            Map.entry("CHL", new Text(null, "Executive Secretariat of the Inter-Sectoral Round Table on Trafficking in Persons",
                    "Carabineros de Chile; Chilean Investigative Police; Public Prosecutors' Office; Victims Support Program;"
                    + " Department for Foreign Nationals and Migration", "L1168: reports since 2011 posted online")),
            Map.entry("COL", new Text(null, "Ministry of the Interior", null, "L1170: a National Information System on"
                    + " Trafficking in Persons is being developed (shifting toward Group 1)")),
            Map.entry("SLV", new Text(null, "Executive Secretariat of the National Council against Trafficking in Persons", null,
                    "L1172: a set of indicators for the Special Law of 2013; whether the system is digital is unclear")),
            Map.entry("GTM", new Text(null, "SVET", "Public Prosecutors' Office reports; court rulings", "L1174: statistics"
                    + " on the SVET website; public_reports left empty, F (L1180) confirms reports only for Brazil and Chile")),
            Map.entry("DOM", new Text(null, "Trafficking and Human Smuggling Division, Consular Affairs Department, Ministry of"
                    + " Foreign Affairs", null, "L1178: CITIM consolidates each institution's yearly report")),
            Map.entry("BOL", new Text("Georeferenced Citizen Security System (SIGOSEC)", "Ministry of the Interior (National"
                    + " Citizen Security Observatory, ONSC)", null, "L1184: designed, to operate within the Bolivian Police,"
                    + " about to be piloted; Bolivia is in both model-4 sub-groups")),
            Map.entry("ECU", new Text(null, "Criminal Policy Directorate, Attorney General's Office", null, "L1186: one"
                    + " Delitoscopio report on trafficking (2013) found online")),
            Map.entry("GUY", new Text(null, "Guyana Police Force", null, "L1192: the Ministry of Public Security analyses the"
                    + " data; TIP Hotline reports are an input")),
            Map.entry("PRY", new Text(null, "Public Prosecutors' Office", null, "L1194: said to be open to the public but not"
                    + " found online (fn 57), so public_access is left empty")),
            Map.entry("SUR", new Text(null, "Police Anti-Trafficking Unit and Office of the Attorney General", null, "L1196")),
            Map.entry("TTO", new Text(null, "Counter Trafficking Unit (CTU), Ministry of National Security", null, "L1196: data"
                    + " recorded manually, no trafficking database; yearly report to Parliament")),
            Map.entry("USA", new Text("Uniform Crime Reporting (UCR) Program", "FBI", null, "L1198: not all state and local"
                    + " jurisdictions participate; last trafficking publication on its website: 2016")),
            Map.entry("VEN", new Text(null, "Venezuelan Observatory against Organized Crime and the Financing of Terrorism",
                    null, "L1209")));

    /** Where F says reports are published (Table 3 gives the model-1 answers as facts). */
    private static final Map<String, String> PUBLISHED = Map.of("BRA", "L1180", "CHL", "L1180", "ECU", "L1186",
            "USA", "L1198");

    private static final String PERU = "only the English name is printed; the two systems are not interconnected, an"
            + " INTERTRATA pilot runs in Lima South (L1142)";

    /** The line placing a country in a model (Guatemala is placed separately, L1174). */
    private static final Map<Integer, String> MODEL_LINE = Map.of(1, "L1101", 3, "L1152", 4, "L1182");

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) {
        List<InstrumentRow> rows = new ArrayList<>();
        for (int model = 1; model <= 4; model++) {
            for (String country : facts.countries("information_system_model", String.valueOf(model))) {
                if (model != 2) {
                    rows.add(system(facts, country, model));
                } else if (country.equals("PER")) {
                    rows.add(named("PER", "Records and Statistics System for the Crime of Trafficking in Persons and Related"
                            + " Offenses (RETA)", "National Police", 2, "L1137").note(PERU));
                    rows.add(named("PER", "Trafficking in Persons Strategic Information System (SISTRA)",
                            "Public Prosecutors' Office", 2, "L1138").note(PERU));
                } else if (country.equals("ARG")) {
                    InstrumentRow protex = named("ARG", "Unnamed information system (PROTEX)",
                            "PROTEX (Procurator-General's Office)", 2, "L1144").note("an I.T. program holding all judicial"
                            + " rulings in trafficking cases; its statistical report is in Appendix 13");
                    protex.publicReports = true;
                    rows.add(protex);
                } else {
                    rows.add(named("URY", "Unnamed information system (Service for Attending to Women Caught Up in"
                            + " Trafficking for Sexual Exploitation Purposes)", "National Women's Institute", 2, "L1150")
                            .note("case records with standardized variables; whether statistics are produced is not said"));
                }
            }
        }
        // F describes it (L1144, fn 51) without placing it in a model: the model stays empty
        InstrumentRow federal = named("ARG", "Federal Criminal Information System on the Crime of Trafficking in Persons",
                "Ministry of Security", null, "L1144 and fn 51 (L1158)").years(2017, null)
                .note("created by Resolution 787-E/2017; it continues SisTrata (Integrated Criminal Information System on the"
                        + " Crime of Trafficking in Persons), launched in 2011 by the Ministry of National Security");
        federal.systemSources = "provincial police forces or the competent local security authority; Argentine Federal"
                + " Police; Argentine Coastguard; National Border Patrol; Airport Security Police";
        rows.add(federal);
        return rows;
    }

    private static InstrumentRow system(SectionFacts facts, String country, int model) {
        Text t = TEXT.getOrDefault(country, new Text(null, null, null, null));
        String title = t.title() != null ? t.title()
                : t.institution() == null ? "Unnamed information system" : "Unnamed information system (" + t.institution() + ")";
        String line = country.equals("GTM") ? "L1174" : MODEL_LINE.get(model);
        InstrumentRow row = named(country, title, t.institution(), model, line).note(t.note());
        row.systemSources = t.sources();
        String design = facts.value(country, "information_system_design");
        row.systemDesign = design == null ? null : design.toUpperCase(Locale.ROOT);
        String access = facts.value(country, "information_system_public_access");
        row.publicAccess = access == null ? null : Boolean.valueOf(access);
        String reports = facts.value(country, "information_system_public_reports");
        row.publicReports = reports != null ? Boolean.valueOf(reports) : PUBLISHED.containsKey(country) ? Boolean.TRUE : null;
        if (reports == null && PUBLISHED.containsKey(country)) {
            row.note("published reports: " + PUBLISHED.get(country));
        }
        if (country.equals("BRA")) {
            row.link("http://www.justica.gov.br/sua-protectao/trafico-de-pessoas/publicacoes/anexos-relatorios/metodologia-integrada"
                    + "-de-coleta-e-analise-de-dados").note("link from fn 52 (L1160)");
        }
        return row;
    }

    /** Section F gives every name in English (with the Spanish acronym at most). */
    private static InstrumentRow named(String country, String title, String institution, Integer model, String line) {
        InstrumentRow row = InstrumentRow.of(country, "INFORMATION_SYSTEM", "Section F (" + line + ")")
                .titled(title, null, "en");
        row.institution = institution;
        row.systemModel = model;
        return row;
    }
}

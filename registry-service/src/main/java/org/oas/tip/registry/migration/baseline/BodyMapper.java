package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.oas.tip.registry.migration.baseline.BaselineCsv.continuation;
import static org.oas.tip.registry.migration.baseline.BaselineCsv.text;

/** Appendix 1 (inter-agency bodies) as INTER_AGENCY_BODY rows, enriched with what section A and G.2 say of each country. */
final class BodyMapper implements BaselineMapper {

    @Override
    public List<InstrumentRow> rows(SectionFacts facts) throws IOException {
        List<InstrumentRow> rows = new ArrayList<>();
        for (CSVRecord csv : BaselineCsv.read("appendix-01-inter-agency-bodies.csv")) {
            String country = csv.get("country");
            String chair = text(csv, "chaired_by");
            InstrumentRow row = InstrumentRow.of(country, "INTER_AGENCY_BODY", "Appendix 1").note(text(csv, "note"))
                    .titled(text(csv, "inter_agency_body"), text(csv, "title_en"));
            row.institution = chair;
            row.chairInstitution = chair;
            row.chairPublicSecurity = publicSecurity(chair);
            // Section A names three hybrid national authorities; the appendix lists the inter-agency (collegiate) bodies
            row.bodyModel = facts.has(country, "national_authority_model", "hybrid") ? "HYBRID" : "COLLEGIATE";
            if (continuation(csv)) {
                secondBody(row);
            } else {
                enrich(row, facts);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The report's own grouping (A.1, L315-331): ministries of the interior, public or national security lead from the
     * public-security system; ministries of foreign affairs and of development do not. Other chairs are left unclassified.
     */
    static Boolean publicSecurity(String chair) {
        if (chair == null) {
            return null;
        }
        String c = chair.toLowerCase(Locale.ROOT);
        if (c.contains("interior") || c.contains("security") || c.contains("public safety") || c.contains("home affairs")
                || c.contains("police")) {
            return true;
        }
        if (c.contains("foreign affairs") || c.contains("department of state") || c.contains("development")) {
            return false;
        }
        return null;
    }

    /** Facts of the country's (first) body: A.1/A.2 (creation, size, civil society, approach) and G.2 (gender entity). */
    private static void enrich(InstrumentRow row, SectionFacts facts) {
        String c = row.country;
        String chairSecurity = facts.value(c, "authority_chair_public_security");
        if (chairSecurity != null) {
            row.chairPublicSecurity = Boolean.valueOf(chairSecurity);
        }
        String established = facts.value(c, "establishing_instrument");
        if (established != null) {
            row.establishedBy = established.toUpperCase(Locale.ROOT);
            row.note("established by " + established.replace('_', ' ') + ": " + facts.source(c, "establishing_instrument"));
        }
        String members = facts.value(c, "member_institutions_count");
        if (members != null && members.chars().allMatch(Character::isDigit)) {
            row.publicInstitutionCount = Integer.valueOf(members);
        } else if (members != null) {
            row.note("public institutions: " + members + " as printed (" + facts.source(c, "member_institutions_count")
                    + "), not a count, so public_institution_count is left empty");
        }
        if (facts.has(c, "civil_society_members", "true")) {
            row.civilSocietyIncluded = true;
        }
        String csos = facts.value(c, "civil_society_members_count");
        if (csos != null && csos.chars().allMatch(Character::isDigit)) {
            row.civilSocietyCount = Integer.valueOf(csos);
        }
        if (facts.has(c, "gender_entity_in_body", "true")) {
            row.genderEntityMember = true;
        } else if (facts.has(c, "gender_entity_in_body", "insufficient_information")) {
            row.note("gender entity not classifiable (G.2 fn 67, L1285)");
        }
        if (facts.has(c, "approach", "prevention+prosecution+protection+partnership")) {
            row.approaches = List.of("PREVENTION", "PROSECUTION", "PROTECTION", "PARTNERSHIP");
        }
        if (c.equals("BRA")) {
            // the appendix prints Bolivia's body here (GARBLED); the text names Brazil's body, CONATRAP (A.2 fn 9, G.2 L1289)
            row.titled("National Committee to Combat Trafficking in Persons (CONATRAP)", null, "en");
            row.note("title taken from A.2 fn 9 (L455) because Appendix 1 prints \"Consejo Plurinacional contra la Trata y"
                    + " Tráfico de Personas\", Bolivia's body; the original Portuguese name is not printed");
        }
    }

    /** The second body of Argentina and Brazil (split cells): only what the text says of that body. */
    private static void secondBody(InstrumentRow row) {
        if (row.country.equals("ARG")) {
            row.establishedBy = "LAW";
            row.note("established by Law No 26.842 of 2012 (Section A, L292)");
        } else if (row.country.equals("BRA")) {
            // fn 9 (L455): created by the same Decree No. 7.901 of 2013; three public members and no civil society
            row.establishedBy = "DECREE";
            row.publicInstitutionCount = 3;
            row.civilSocietyIncluded = false;
            row.genderEntityMember = true;
            row.note("Section A.2 fn 9 (L455): established by Decree No. 7.901 of 2013; comprised of the Ministry of Justice,"
                    + " the Secretariat for Policies for the Advancement of Women and the Human Rights Secretariat; public"
                    + " sector only");
        }
    }
}

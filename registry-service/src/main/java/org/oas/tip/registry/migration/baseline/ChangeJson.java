package org.oas.tip.registry.migration.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code after} document of an IMPORTED change: the row's main fields, shaped like the API's Instrument view. */
final class ChangeJson {

    private final ObjectMapper mapper = new ObjectMapper();

    String after(InstrumentRow r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", r.id);
        put(node, "country", r.country);
        put(node, "kind", r.kind);
        put(node, "title", r.title);
        put(node, "titleEn", r.titleEn);
        put(node, "language", r.language);
        put(node, "institution", r.institution);
        put(node, "yearStart", r.yearStart);
        put(node, "yearEnd", r.yearEnd);
        put(node, "link", r.link);
        put(node, "foundOnline", r.foundOnline);
        node.put("confidentiality", "PUBLIC");
        node.putObject("provenance").put("source", "REPORT_BASELINE").put("cycle", "2015-2018").put("question", r.source())
                .put("note", r.provenanceNote());
        node.put("verified", false);
        details(node, r);
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the change of a baseline instrument could not be written as JSON", e);
        }
    }

    // only the detail group of the row's kind, as InstrumentView shows it
    private void details(ObjectNode node, InstrumentRow r) {
        switch (r.kind) {
            case "INTER_AGENCY_BODY" -> group(node, "body", "model", r.bodyModel, "chairInstitution", r.chairInstitution,
                    "chairPublicSecurity", r.chairPublicSecurity, "establishedBy", r.establishedBy,
                    "publicInstitutionCount", r.publicInstitutionCount, "civilSocietyIncluded", r.civilSocietyIncluded,
                    "civilSocietyCount", r.civilSocietyCount, "genderEntityMember", r.genderEntityMember,
                    "approaches", r.approaches, "headSex", r.headSex);
            case "LAW" -> group(node, "law", "legalPath", r.legalPath, "lawNumber", r.lawNumber, "amendments", r.amendments);
            case "NATIONAL_POLICY", "PLAN" -> group(node, "plan", "planType", r.planType,
                    "successorId", r.successor == null ? null : r.successor.id, "genderPerspective", r.genderPerspective);
            case "REPORTING_CHANNEL" -> group(node, "channel", "type", r.channelType, "topic", r.channelTopic,
                    "contact", r.contact, "features", r.features);
            case "PROTOCOL" -> group(node, "protocol", "kind", r.protocolKind, "targetPopulation", r.targetPopulation);
            case "SPECIALIZED_UNIT" -> group(node, "unit", "sphere", r.unitSphere);
            case "INFORMATION_SYSTEM" -> group(node, "informationSystem", "model", r.systemModel, "design", r.systemDesign,
                    "sources", r.systemSources, "publicAccess", r.publicAccess, "publicReports", r.publicReports);
            case "SHELTER" -> group(node, "shelter", "provider", r.shelterProvider, "exclusive", r.shelterExclusive,
                    "acceptsChildren", r.acceptsChildren);
            default -> {
                // the document kinds (website, assessment, statistical report) have no typed attributes
            }
        }
    }

    private void group(ObjectNode node, String name, Object... pairs) {
        ObjectNode group = mapper.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            put(group, (String) pairs[i], pairs[i + 1]);
        }
        if (!group.isEmpty()) {
            node.set(name, group);
        }
    }

    private void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, mapper.valueToTree(value));
        }
    }
}

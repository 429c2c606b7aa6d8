package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * Which group of the structured questionnaire a registry instrument is pre-filled into (QUESTIONNAIRE-NOTES.md,
 * "Pre-fill"): one group per kind, except the inter-agency bodies (the national authority, then the other bodies),
 * plans (programmes reported in {@code E.programmes} go back there) and protocols (criminal investigation in D, the
 * others in E). Promising practices are not pre-filled.
 */
public final class GroupRouting {

    public static final String AUTHORITY = "A.authority";
    static final String OTHER_BODIES = "A.other_bodies";
    static final String PROGRAMMES = "E.programmes";

    private static final Map<String, String> BY_KIND = Map.ofEntries(
            Map.entry("INTER_AGENCY_BODY", AUTHORITY),
            Map.entry("WEBSITE", "A.websites"),
            Map.entry("LAW", "B.laws"),
            Map.entry("NATIONAL_POLICY", "B.policies"),
            Map.entry("PLAN", "B.plans"),
            Map.entry("DIAGNOSTIC_ASSESSMENT", "C.diagnostics"),
            Map.entry("SPECIALIZED_UNIT", "D.units"),
            Map.entry("PROTOCOL", "E.protocols"),
            Map.entry("REPORTING_CHANNEL", "E.channels"),
            Map.entry("SHELTER", "E.shelters"),
            Map.entry("INFORMATION_SYSTEM", "F.systems"),
            Map.entry("STATISTICAL_REPORT", "F.reports"));

    private GroupRouting() {
    }

    /**
     * The group's linkId for an instrument as the registry shows it; empty for a kind with no group.
     *
     * @param authorityTaken whether the national authority already holds an inter-agency body of this inventory
     */
    public static Optional<String> groupOf(JsonNode instrument, boolean authorityTaken) {
        String kind = instrument.path("kind").asText("");
        if (kind.equals("INTER_AGENCY_BODY")) {
            return Optional.of(authorityTaken ? OTHER_BODIES : AUTHORITY);
        }
        if (kind.equals("PLAN") && PROGRAMMES.equals(instrument.path("provenance").path("question").asText(null))) {
            return Optional.of(PROGRAMMES);
        }
        if (kind.equals("PROTOCOL") && "CRIMINAL_INVESTIGATION".equals(instrument.path("protocol").path("kind").asText(null))) {
            return Optional.of("D.protocols");
        }
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    /** Whether the registry recorded the instrument as the answer to the national authority's question. */
    public static boolean wasAuthority(JsonNode instrument) {
        return AUTHORITY.equals(instrument.path("provenance").path("question").asText(null));
    }
}

package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.InstrumentStatus;

import java.time.LocalDate;
import java.util.List;

/** Every instrument entry of one accepted response, to reconcile with the registry in one transaction. */
@Schema(name = "CyclePublication", description = "All entries of one accepted response of a cycle")
public record PublicationRequest(
        @Schema(description = "Identifies the publication (the questionnaire sends cycle/country/publicationRevision); the same key "
                + "with the same body returns the stored result, with another body is 422", examples = "2023-2026/ARG/1") String key,
        @Schema(examples = "2023-2026") String cycle,
        @Schema(examples = "ARG") String country,
        @Schema(description = "The cycle's reference date: the versions it makes are valid from it", examples = "2026-12-31")
        LocalDate referenceDate,
        @Schema(description = "A republication after the secretariat amended the accepted answers: versions of origin AMENDMENT")
        Boolean amendment,
        List<Entry> entries) {

    /** What the country's answer says about one instrument. */
    @Schema(name = "PublicationAction", description = "What a publication entry does to the registry")
    public enum Action { CREATE, UPDATE, CONFIRM, END, WITHDRAW }

    /** One instrument entry of the response. */
    @Schema(name = "CyclePublicationEntry", description = "CREATE (instrument), UPDATE (registryId, baseRevision, changes), CONFIRM "
            + "(registryId, baseRevision), END (registryId, baseRevision, status, statusDate), WITHDRAW (registryId, baseRevision, reason)")
    public record Entry(
            @Schema(description = "Names the entry in the response and in successorRef", examples = "B.plans[0]") String ref,
            @Schema(examples = "B.plans") String question,
            @Schema(examples = "0") Integer position,
            Action action,
            @Schema(description = "CREATE: the whole instrument") InstrumentInput instrument,
            @Schema(examples = "123") Long registryId,
            @Schema(description = "The revision the country saw", examples = "1") Integer baseRevision,
            @Schema(implementation = Object.class, description = "UPDATE: a JSON merge patch (RFC 7396) over the instrument's input "
                    + "shape (top-level fields and its kind's details group; null clears); not country, kind or provenance")
            JsonNode changes,
            @Schema(description = "END: ENDED or REPEALED") InstrumentStatus status,
            @Schema(description = "END: when it ended", examples = "2025-12-31") LocalDate statusDate,
            @Schema(description = "WITHDRAW: why (up to 2000 characters)") String reason,
            @Schema(description = "The ref of another entry (a plan or policy) that succeeds this one; sets plan.successorId")
            String successorRef) {
    }
}

package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An instrument as the API shows it; only the details group of its kind is present. */
@Schema(name = "Instrument", description = "A national instrument against trafficking in persons")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentView(
        long id,
        String country,
        InstrumentKind kind,
        String title,
        String titleEn,
        String language,
        String institution,
        Integer yearStart,
        Integer yearEnd,
        String link,
        Boolean foundOnline,
        OffsetDateTime linkCheckedAt,
        @Schema(description = "HTTP status of the last link check; absent when the link did not answer") Integer linkStatus,
        Confidentiality confidentiality,
        ProvenanceView provenance,
        Boolean verified,
        OffsetDateTime verifiedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "IN_FORCE (default), ENDED, REPEALED, or WITHDRAWN (recorded in error; only the secretariat and "
                + "analysts read it)") InstrumentStatus status,
        @Schema(description = "When the status changed; absent while in force from the start", examples = "2025-06-30")
        LocalDate statusDate,
        @Schema(description = "Why (required for a withdrawal)") String statusReason,
        @Schema(description = "The current content version (1, 2, 3...), see /versions; not the ETag", examples = "1")
        Integer revision,
        Details.Body body,
        Details.Law law,
        Details.Plan plan,
        Details.Channel channel,
        Details.Protocol protocol,
        Details.Unit unit,
        Details.InformationSystem informationSystem,
        Details.Shelter shelter,
        @Schema(description = "Only in a cycle read (cycle=...): the instrument's record in that cycle, with the secretariat's "
                + "reason when it attached or corrected it (public: it appears in the published report's notes)")
        CycleEntry cycleEntry) {

    /** The same view with the cycles that reported the instrument. */
    public InstrumentView withCycles(List<CycleView> cycles) {
        return new InstrumentView(id, country, kind, title, titleEn, language, institution, yearStart, yearEnd, link, foundOnline,
                linkCheckedAt, linkStatus, confidentiality, provenance == null ? null : provenance.withCycles(cycles), verified,
                verifiedAt, createdAt, updatedAt, status, statusDate, statusReason, revision, body, law, plan, channel, protocol,
                unit, informationSystem, shelter, cycleEntry);
    }

    /** The same view with its record in the cycle read. */
    public InstrumentView withCycleEntry(CycleEntry entry) {
        return new InstrumentView(id, country, kind, title, titleEn, language, institution, yearStart, yearEnd, link, foundOnline,
                linkCheckedAt, linkStatus, confidentiality, provenance, verified, verifiedAt, createdAt, updatedAt, status, statusDate,
                statusReason, revision, body, law, plan, channel, protocol, unit, informationSystem, shelter, entry);
    }

    /** What a caller who may not read a withdrawn instrument learns of it: that it is gone, and since when. */
    public InstrumentView tombstone() {
        return new InstrumentView(id, country, kind, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, updatedAt, status, statusDate, null, null, null, null, null, null, null, null, null, null, null);
    }
}

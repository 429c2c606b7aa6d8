package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.InstrumentKind;

import java.time.OffsetDateTime;

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
        boolean verified,
        OffsetDateTime verifiedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        Details.Body body,
        Details.Law law,
        Details.Plan plan,
        Details.Channel channel,
        Details.Protocol protocol,
        Details.Unit unit,
        Details.InformationSystem informationSystem,
        Details.Shelter shelter) {
}

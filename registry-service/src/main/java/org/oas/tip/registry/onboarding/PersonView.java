package org.oas.tip.registry.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A person who speaks for a member state. */
@Schema(name = "FocalPoint", description = "A person invited to speak for a member state: who invited them and when, "
        + "when the password-setup e-mail went out, their revocation, and their last call through the gateway")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(
        @Schema(examples = "7") long id,
        @Schema(examples = "BRB") String country,
        String email,
        String firstName,
        String lastName,
        FocalPointPerson.Status status,
        OffsetDateTime invitedAt,
        String invitedBy,
        OffsetDateTime invitationSentAt,
        OffsetDateTime revokedAt,
        String revokedBy,
        String revocationReason,
        @Schema(description = "The person's latest call through the gateway; absent: none yet") OffsetDateTime lastCallAt) {

    static PersonView of(FocalPointPerson p, OffsetDateTime lastCallAt) {
        return new PersonView(p.id, p.country, p.email, p.firstName, p.lastName, p.status, p.invitedAt, p.invitedBy,
                p.invitationSentAt, p.revokedAt, p.revokedBy, p.revocationReason, lastCallAt);
    }
}

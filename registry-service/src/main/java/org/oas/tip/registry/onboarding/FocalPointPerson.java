package org.oas.tip.registry.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;

/** A person invited to speak for a member state: a Keycloak user with the country attribute and the focal-point role. */
@Entity
public class FocalPointPerson extends PanacheEntityBase {

    public enum Status { ACTIVE, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;
    public String email;
    public String firstName;
    public String lastName;
    /** Keycloak's user id, which is the {@code sub} of the person's tokens. */
    public String keycloakId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime invitedAt;
    public String invitedBy;
    /** When Keycloak last accepted to send the password-setup e-mail. */
    public OffsetDateTime invitationSentAt;
    public OffsetDateTime revokedAt;
    public String revokedBy;
    public String revocationReason;
    @Version
    public int version;

    public static List<FocalPointPerson> ofCountry(String country) {
        return list("country = ?1 order by id", country);
    }
}

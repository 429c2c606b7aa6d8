package org.oas.tip.registry.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member state's reporting tool: a confidential Keycloak client ({@link #clientId}) whose tokens carry the country
 * and the focal-point role. Its secret lives in Keycloak only.
 */
@Entity
public class MemberStateTool extends PanacheEntityBase {

    public enum Status { ACTIVE, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;
    public String name;
    public String clientId;
    /** Keycloak's id of the client (not its clientId). */
    public String keycloakId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime secretRotatedAt;
    /** Until when the secret before the last rotation still works; null when there is none. */
    public OffsetDateTime previousSecretValidUntil;
    public OffsetDateTime revokedAt;
    public String revokedBy;
    public String revocationReason;
    @Version
    public int version;

    public static List<MemberStateTool> ofCountry(String country) {
        return list("country = ?1 order by id", country);
    }
}

package org.oas.tip.registry.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** One onboarding action: who did what to which tool or person of which country, and when. */
@Entity
public class OnboardingAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public OffsetDateTime at;
    public String actor;
    public String action;
    @Column(columnDefinition = "bpchar", length = 3)
    public String country;
    /** The tool's clientId or the person's e-mail. */
    public String subject;
    public String detail;
}

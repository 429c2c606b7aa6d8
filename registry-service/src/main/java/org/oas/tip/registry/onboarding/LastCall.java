package org.oas.tip.registry.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** The latest call through the gateway of one token subject (a person, or a client's service account). */
@Entity
public class LastCall extends PanacheEntityBase {

    @Id
    public String subject;
    public String clientId;
    public String username;
    public OffsetDateTime calledAt;
}

package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Extension;

/** Deadline extensions granted to one country, with their reasons. */
@ApplicationScoped
public class ExtensionRepository implements PanacheRepository<Extension> {
}

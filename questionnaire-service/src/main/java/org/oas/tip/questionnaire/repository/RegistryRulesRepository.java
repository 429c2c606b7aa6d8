package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.questionnaire.RegistryRulesCopy;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The stored copy of the registry's instrument rules; written in a transaction of its own, whatever the caller's does. */
@ApplicationScoped
public class RegistryRulesRepository implements PanacheRepositoryBase<RegistryRulesCopy, Short> {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RegistryRulesCopy> stored() {
        return findByIdOptional(RegistryRulesCopy.ONLY);
    }

    /** Keeps this document as the copy (a validation refused later does not undo it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(String revision, OffsetDateTime fetchedAt, String document) {
        RegistryRulesCopy copy = findByIdOptional(RegistryRulesCopy.ONLY).orElseGet(RegistryRulesCopy::new);
        copy.revision = revision;
        copy.fetchedAt = fetchedAt;
        copy.document = document;
        persist(copy);
    }

    /** The registry confirmed this revision (304): the copy is current as of now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void confirm(String revision, OffsetDateTime fetchedAt) {
        findByIdOptional(RegistryRulesCopy.ONLY).filter(copy -> copy.revision.equals(revision))
                .ifPresent(copy -> copy.fetchedAt = fetchedAt);
    }
}

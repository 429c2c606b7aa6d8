package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Questionnaire;

import java.util.List;
import java.util.Optional;

/** Reads and writes questionnaire versions. */
@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepository<Questionnaire> {

    public Optional<Questionnaire> findVersion(String code, String versionLabel) {
        return find("code = ?1 and versionLabel = ?2", code, versionLabel).firstResultOptional();
    }

    public List<Questionnaire> listOrdered(boolean publishedOnly) {
        Sort order = Sort.by("code").and("id");
        return publishedOnly ? list("status", order, Questionnaire.Status.PUBLISHED) : listAll(order);
    }
}

package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.CodedAnswer;

import java.util.List;

/** Reads and writes coded answers. */
@ApplicationScoped
public class CodedAnswerRepository implements PanacheRepository<CodedAnswer> {

    public List<CodedAnswer> ofAssignments(List<Long> assignmentIds) {
        return list("assignmentId in ?1", Sort.by("assignmentId").and("linkId").and("id"), assignmentIds);
    }
}

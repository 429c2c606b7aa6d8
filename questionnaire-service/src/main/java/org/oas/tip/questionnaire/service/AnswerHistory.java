package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Caller;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.ResponseChange;
import org.oas.tip.questionnaire.definition.Documents;
import org.oas.tip.questionnaire.repository.ResponseChangeRepository;

import java.time.OffsetDateTime;

/** Writes the response history of the secretariat's changes to accepted answers: who, when, why, before and after. */
@ApplicationScoped
public class AnswerHistory {

    private final ResponseChangeRepository changes;
    private final Definitions definitions;

    public AnswerHistory(ResponseChangeRepository changes, Definitions definitions) {
        this.changes = changes;
        this.definitions = definitions;
    }

    /** One change per answer that differs; returns how many. */
    public int recordDiff(Assignment a, Caller caller, String action, String reason, JsonNode before, JsonNode after) {
        int count = 0;
        for (Documents.Change diff : Documents.diff(before, after)) {
            ResponseChange c = change(a, caller, action, reason);
            c.linkId = diff.linkId();
            c.pointer = diff.pointer();
            c.before = diff.before() == null ? null : definitions.write(diff.before());
            c.after = diff.after() == null ? null : definitions.write(diff.after());
            changes.persist(c);
            count++;
        }
        return count;
    }

    /** One change naming what it is about (a linkId or an entry's ref), with optional before and after. */
    public void record(Assignment a, Caller caller, String action, String reason, String linkId, JsonNode before, JsonNode after) {
        ResponseChange c = change(a, caller, action, reason);
        c.linkId = linkId;
        c.before = before == null ? null : definitions.write(before);
        c.after = after == null ? null : definitions.write(after);
        changes.persist(c);
    }

    private static ResponseChange change(Assignment a, Caller caller, String action, String reason) {
        ResponseChange c = new ResponseChange();
        c.assignmentId = a.id;
        c.changedAt = OffsetDateTime.now();
        c.subject = caller.subject();
        c.client = caller.client();
        c.actorCountry = caller.country();
        c.action = action;
        c.reason = reason;
        return c;
    }
}

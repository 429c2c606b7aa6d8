package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Idempotency;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.mapping.AssignmentView;

import java.util.Optional;

/**
 * Submission with an Idempotency-Key: a client that lost the answer retries with the same key and gets the first
 * result, never a second submission; the same key with another request is refused (422). The key's record keeps the
 * first answer and its version.
 */
@ApplicationScoped
@Transactional
public class IdempotentSubmission {

    private final Idempotency idempotency;
    private final ResponseService responses;

    public IdempotentSubmission(Idempotency idempotency, ResponseService responses) {
        this.idempotency = idempotency;
        this.responses = responses;
    }

    /** The submitted assignment (or, on a replay, the first result) and whether this call was a replay. */
    public record Submitted(Versioned<AssignmentView> assignment, boolean replayed) {
    }

    public Submitted submit(String key, String cycle, String country, long expectedVersion, JsonNode patch, Caller caller) {
        String hash = Idempotency.sha256(cycle + "\n" + country.toUpperCase() + "\n" + (patch == null ? "" : patch.toString()));
        Optional<Idempotency.Request> request = Idempotency.request(key, caller.subject(), hash);
        Optional<Stored> first = request.flatMap(r -> idempotency.firstResult(r, Stored.class));
        if (first.isPresent()) {
            return new Submitted(new Versioned<>(first.get().body(), first.get().version()), true);
        }
        Versioned<AssignmentView> submitted = responses.submit(cycle, country, expectedVersion, patch, caller);
        request.ifPresent(r -> idempotency.remember(r, new Stored(submitted.body(), submitted.version())));
        return new Submitted(submitted, false);
    }

    /** The remembered first result: the assignment and the version its ETag was made from. */
    record Stored(AssignmentView body, long version) {
    }
}

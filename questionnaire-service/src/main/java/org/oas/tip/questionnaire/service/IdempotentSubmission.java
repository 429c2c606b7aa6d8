package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.IdempotencyRecord;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.repository.LogRepositories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Submission with an Idempotency-Key: a client that lost the answer retries with the same key and gets the first
 * result, never a second submission; the same key with another request is refused (422).
 */
@ApplicationScoped
@Transactional
public class IdempotentSubmission {

    private final LogRepositories.Idempotency records;
    private final ResponseService responses;
    private final ObjectMapper json;

    public IdempotentSubmission(LogRepositories.Idempotency records, ResponseService responses, ObjectMapper json) {
        this.records = records;
        this.responses = responses;
        this.json = json;
    }

    /** The submitted assignment (or, on a replay, the first result) and whether this call was a replay. */
    public record Submitted(Versioned<AssignmentView> assignment, boolean replayed) {
    }

    public Submitted submit(String key, String cycle, String country, long expectedVersion, JsonNode patch, Caller caller) {
        if (key == null || key.isBlank()) {
            return new Submitted(responses.submit(cycle, country, expectedVersion, patch, caller), false);
        }
        if (key.length() > 200) {
            throw Problems.invalid(List.of(new Violation("Idempotency-Key", "header", "must be at most 200 characters")));
        }
        String hash = hash(cycle + "\n" + country.toUpperCase() + "\n" + (patch == null ? "" : patch.toString()));
        var existing = records.findByIdOptional(new IdempotencyRecord.Key(caller.subject(), key));
        if (existing.isPresent()) {
            if (!existing.get().requestHash.equals(hash)) {
                throw HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                        .withDetail("Idempotency-Key " + key + " was already used with a different request").build();
            }
            return new Submitted(read(existing.get().body), true);
        }
        Versioned<AssignmentView> submitted = responses.submit(cycle, country, expectedVersion, patch, caller);
        IdempotencyRecord record = new IdempotencyRecord();
        record.subject = caller.subject();
        record.idempotencyKey = key;
        record.requestHash = hash;
        record.status = 200;
        record.body = write(submitted);
        record.createdAt = OffsetDateTime.now();
        records.persist(record);
        return new Submitted(submitted, false);
    }

    /** The stored first result: the assignment and the version its ETag was made from. */
    record Stored(AssignmentView body, long version) {
    }

    private String write(Versioned<AssignmentView> v) {
        try {
            return json.writeValueAsString(new Stored(v.body(), v.version()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Versioned<AssignmentView> read(String body) {
        try {
            Stored stored = json.readValue(body, Stored.class);
            return new Versioned<>(stored.body(), stored.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is not JSON", e);
        }
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

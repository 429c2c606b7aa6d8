package org.oas.tip.registry.service;

import org.oas.tip.defaults.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.IdempotencyRecord;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.repository.IdempotencyRepository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/** Create with an Idempotency-Key: a replay returns the first result, the same key with another body is refused. */
@ApplicationScoped
@Transactional
public class IdempotentCreate {

    private final IdempotencyRepository records;
    private final InstrumentWriter writer;
    private final InstrumentService reader;
    private final ObjectMapper json;

    public IdempotentCreate(IdempotencyRepository records, InstrumentWriter writer, InstrumentService reader, ObjectMapper json) {
        this.records = records;
        this.writer = writer;
        this.reader = reader;
        this.json = json;
    }

    /** The created (or, on a replay, the first) instrument, and whether this call was a replay. */
    public record Created(Versioned<InstrumentView> instrument, boolean replayed) {
    }

    public Created create(String key, InstrumentInput input, Caller caller) {
        if (key == null || key.isBlank()) {
            return new Created(writer.create(input, caller), false);
        }
        if (key.length() > 200) {
            throw Problems.invalid(List.of(new Violation("Idempotency-Key", "header", "must be at most 200 characters")));
        }
        String hash = hash(input);
        var existing = records.findByIdOptional(new IdempotencyRecord.Key(caller.subject(), key));
        if (existing.isPresent()) {
            if (!existing.get().requestHash.equals(hash)) {
                throw HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                        .withDetail("Idempotency-Key " + key + " was already used with a different request body").build();
            }
            return new Created(reader.find(existing.get().instrumentId, caller)
                    .orElseThrow(() -> Problems.notFound("Instrument " + existing.get().instrumentId)), true);
        }
        Versioned<InstrumentView> created = writer.create(input, caller);
        IdempotencyRecord record = new IdempotencyRecord();
        record.subject = caller.subject();
        record.idempotencyKey = key;
        record.requestHash = hash;
        record.instrumentId = created.body().id();
        record.createdAt = OffsetDateTime.now();
        records.persist(record);
        return new Created(created, false);
    }

    private String hash(InstrumentInput input) {
        try {
            byte[] body = json.writeValueAsBytes(input);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("request could not be hashed", e);
        }
    }
}

package org.oas.tip.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Idempotency;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentView;

import java.util.Optional;

/**
 * Create with an Idempotency-Key: a replay returns the instrument the first request created (as it is now), the same
 * key with another body is refused. The key's record keeps the instrument's id.
 */
@ApplicationScoped
@Transactional
public class IdempotentCreate {

    private final Idempotency idempotency;
    private final InstrumentWriter writer;
    private final InstrumentService reader;
    private final ObjectMapper json;

    public IdempotentCreate(Idempotency idempotency, InstrumentWriter writer, InstrumentService reader, ObjectMapper json) {
        this.idempotency = idempotency;
        this.writer = writer;
        this.reader = reader;
        this.json = json;
    }

    /** The created (or, on a replay, the first) instrument, and whether this call was a replay. */
    public record Created(Versioned<InstrumentView> instrument, boolean replayed) {
    }

    public Created create(String key, InstrumentInput input, Caller caller) {
        Optional<Idempotency.Request> request = Idempotency.request(key, caller.subject(), hash(input));
        Optional<Long> first = request.flatMap(r -> idempotency.firstResult(r, Long.class));
        if (first.isPresent()) {
            long id = first.get();
            return new Created(reader.find(id, caller).orElseThrow(() -> Problems.notFound("Instrument " + id)), true);
        }
        Versioned<InstrumentView> created = writer.create(input, caller);
        request.ifPresent(r -> idempotency.remember(r, created.body().id()));
        return new Created(created, false);
    }

    private String hash(InstrumentInput input) {
        try {
            return Idempotency.sha256(json.writeValueAsBytes(input));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request could not be hashed", e);
        }
    }
}

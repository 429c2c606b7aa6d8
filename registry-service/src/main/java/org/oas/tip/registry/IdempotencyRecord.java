package org.oas.tip.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first result of a create sent with an Idempotency-Key, so a replay returns it instead of creating again. */
@Entity
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    public String subject;
    @Id
    public String idempotencyKey;
    /** SHA-256 of the request body: the same key with another body is refused. */
    public String requestHash;
    public long instrumentId;
    public OffsetDateTime createdAt;

    /** Subject and key. */
    public record Key(String subject, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

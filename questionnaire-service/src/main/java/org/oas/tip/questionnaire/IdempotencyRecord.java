package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first result of a request sent with an Idempotency-Key, returned again on a replay. */
@Entity
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    public String subject;
    @Id
    public String idempotencyKey;
    /** SHA-256 of what the request asked, so the same key with another request is refused. */
    public String requestHash;
    public int status;
    @JdbcTypeCode(SqlTypes.JSON)
    public String body;
    public OffsetDateTime createdAt;

    /** Subject and key. */
    public record Key(String subject, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}

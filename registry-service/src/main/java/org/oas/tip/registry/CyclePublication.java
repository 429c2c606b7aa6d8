package org.oas.tip.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A bulk publication of one accepted response, kept so that the same key returns the same result. */
@Entity
public class CyclePublication {

    @Id
    public String publicationKey;
    /** SHA-256 of the request: the same key with another body is refused. */
    public String requestHash;
    public String cycle;
    @Column(columnDefinition = "bpchar", length = 3)
    public String country;
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;
    public String subject;
    public String client;
    public OffsetDateTime createdAt;
}

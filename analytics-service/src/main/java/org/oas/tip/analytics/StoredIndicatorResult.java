package org.oas.tip.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;

/** One indicator computed on one snapshot, the engine's {@code IndicatorResult} as JSON. */
@Entity
@Immutable
@Table(name = "indicator_result")
@IdClass(StoredIndicatorResult.Key.class)
public class StoredIndicatorResult {

    @Id
    public long snapshotId;

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String result;

    /** Snapshot and indicator code. */
    public record Key(long snapshotId, String code) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}

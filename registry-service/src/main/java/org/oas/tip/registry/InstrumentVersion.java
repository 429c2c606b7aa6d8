package org.oas.tip.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One content version of an instrument: who made it, from where, from when it is valid, and the instrument then. */
@Entity
@IdClass(InstrumentVersion.Key.class)
public class InstrumentVersion {

    /** Where a version comes from. */
    public enum Origin { BASELINE, CYCLE, AMENDMENT, DIRECT_ENTRY }

    @Id
    public long instrumentId;
    @Id
    public int revision;

    /** Null: valid since the start. */
    public LocalDate validFrom;
    public OffsetDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    public Origin origin;
    /** The cycle of a BASELINE, CYCLE or AMENDMENT version. */
    public String cycle;

    public String subject;
    public String client;
    @Column(columnDefinition = "bpchar", length = 3)
    public String actorCountry;

    /** The instrument as the API showed it at this version (without the cycles that reported it). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String data;

    /**
     * The version as a version read writes it (see {@code VersionRenderer}): null until rendered, or when it cannot be
     * rendered (then read from {@link #data}).
     */
    public String rendered;
    /** Where the empty provenance.cycles of {@link #rendered} is; null: the version has no provenance. */
    public Integer renderedCyclesAt;
    /** The view's shape {@link #rendered} was made with; null: not rendered yet. */
    public Integer renderedShape;

    /** Instrument and revision. */
    public record Key(long instrumentId, int revision) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}

package org.oas.tip.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One change of an instrument: who made it, when, and the instrument before and after (as its API JSON). */
@Entity
public class InstrumentChange {

    /**
     * What happened. CYCLE_ATTACHED and CYCLE_DETACHED are the secretariat's records of a cycle: their before and after
     * are the instrument's entry of that cycle, not the instrument.
     */
    @Schema(name = "ChangeAction", description = "What a history entry records")
    public enum Action { CREATED, UPDATED, VERIFIED, LINK_CHECKED, IMPORTED, STATUS_CHANGED, WITHDRAWN, CYCLE_ATTACHED, CYCLE_DETACHED }

    @Id
    // the identity column's sequence, 50 ids per call (V9): bulk inserts go in batches
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_change_id")
    @SequenceGenerator(name = "instrument_change_id", sequenceName = "instrument_change_id_seq", allocationSize = 50)
    public Long id;

    public long instrumentId;
    public OffsetDateTime changedAt;

    @Column(name = "action")
    @Enumerated(EnumType.STRING)
    public Action action;

    /** The token's subject (user or service account). */
    public String subject;
    /** The OAuth client the change came through. */
    public String client;
    @Column(columnDefinition = "bpchar", length = 3)
    public String actorCountry;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;
    @JdbcTypeCode(SqlTypes.JSON)
    public String after;
}

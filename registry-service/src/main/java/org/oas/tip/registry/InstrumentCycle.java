package org.oas.tip.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A cycle that reported or confirmed an instrument, with the answer it came from and the version it established. */
@Entity
@IdClass(InstrumentCycle.Key.class)
public class InstrumentCycle {

    /** What the cycle said about the instrument. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CycleAction")
    public enum Action { REPORTED, CONFIRMED, UPDATED, ENDED, WITHDRAWN }

    @Id
    public long instrumentId;
    @Id
    public String cycle;

    public String question;
    public Integer position;

    @Enumerated(EnumType.STRING)
    public Action action;
    public int revision;
    public OffsetDateTime recordedAt;

    /** Instrument and cycle. */
    public record Key(long instrumentId, String cycle) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}

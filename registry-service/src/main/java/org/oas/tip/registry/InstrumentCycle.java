package org.oas.tip.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A cycle that reported or confirmed an instrument, with the answer it came from and the version it established; or a
 * record the secretariat attached to the cycle, or corrected, with the reason.
 */
@Entity
@IdClass(InstrumentCycle.Key.class)
public class InstrumentCycle {

    /**
     * What the cycle said about the instrument; ATTACHED and CORRECTED are the secretariat's (an instrument the cycle did
     * not report, another revision of one it did).
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CycleAction")
    public enum Action {
        REPORTED, CONFIRMED, UPDATED, ENDED, WITHDRAWN, ATTACHED, CORRECTED;

        /** Whether the secretariat made this row rather than the cycle's answers. */
        public boolean bySecretariat() {
            return this == ATTACHED || this == CORRECTED;
        }
    }

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

    /** Why the secretariat attached or corrected it (null for the cycle's own rows). */
    public String reason;
    /** The revision the cycle established before the secretariat's correction. */
    public Integer previousRevision;
    public String attachedBy;
    public OffsetDateTime attachedAt;

    /** Instrument and cycle. */
    public record Key(long instrumentId, String cycle) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}

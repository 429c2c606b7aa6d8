package org.oas.tip.analytics;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** A frozen input of the engine: the engine's {@code Snapshot} as JSON, written once and never changed. */
@Entity
@Immutable
@Table(name = "snapshot")
public class StoredSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String cycle;

    public Instant takenAt;

    /** The engine's Snapshot serialized as pulled, stored as the JSON text written (V6). */
    public String content;

    public int instrumentCount;

    /** Coded answers. */
    public int answerCount;

    /** The respondents' raw answers (0 in snapshots taken before they were read). */
    public int rawAnswerCount;
}

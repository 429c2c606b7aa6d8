package org.oas.tip.analytics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The background pull of a cycle's data that ends in a snapshot, or in the reason it could not. */
@Entity
@Table(name = "snapshot_job")
public class SnapshotJob {

    /** Where a job stands. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String cycle;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** Pages read so far from the registry and the questionnaire service. */
    public int pagesFetched;

    public String error;

    public Long snapshotId;

    public Instant createdAt;

    public Instant finishedAt;
}

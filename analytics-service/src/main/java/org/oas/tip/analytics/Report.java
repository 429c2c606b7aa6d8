package org.oas.tip.analytics;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report assembled from one snapshot, and where it stands on its way to publication. */
@Entity
@Table(name = "report")
public class Report {

    /** DRAFT (secretariat and analysts), COUNTRY_REVIEW (focal points read and comment), FINAL (public, frozen). */
    @Schema(name = "ReportStatus", description = "DRAFT (secretariat and analysts), COUNTRY_REVIEW (focal points read and comment), FINAL (public, frozen)")
    public enum Status {
        DRAFT, COUNTRY_REVIEW, FINAL;

        /** The only status a report may move to from this one. */
        public Optional<Status> next() {
            return this == FINAL ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long snapshotId;

    public String cycle;

    public String title;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant createdAt;

    public String createdBy;

    public Instant reviewStartedAt;

    public Instant finalizedAt;

    @Version
    public int version;
}

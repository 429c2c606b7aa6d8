package org.oas.tip.registry.linkcheck;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** A link-check job: who started it, over which country, where it stands, and how many links it has done. */
@Entity
public class LinkCheck {

    /** Where a job stands; QUEUED and RUNNING are active, and only one job is active at a time. */
    @Schema(name = "LinkCheckStatus", description = "Where a link check stands")
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The country whose instruments are checked; null for every country. */
    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    /** The token subject of the administrator who started it; history entries are written in this name. */
    public String startedBy;
    public String client;
    @Column(columnDefinition = "bpchar", length = 3)
    public String actorCountry;

    public OffsetDateTime startedAt;
    public OffsetDateTime finishedAt;

    /** Instruments with a link in scope. */
    public int total;
    /** Links done so far: answered + failed + skipped. */
    public int checked;
    /** Answered with a final 2xx or 3xx status. */
    public int answered;
    /** Answered with another status, did not answer in time, or could not be requested. */
    public int failed;
    /** Not requested because the host is not allowed. */
    public int skipped;

    /** Why a FAILED job stopped. */
    public String error;

    void count(LinkOutcome.Result result) {
        checked++;
        switch (result) {
            case ANSWERED -> answered++;
            case FAILED -> failed++;
            case SKIPPED -> skipped++;
        }
    }
}

package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

/**
 * A registry instrument as {@code GET /api/registry/v1/instruments} serves it, reduced to the fields the indicators read;
 * enum values stay strings so that a value the registry adds later does not break the snapshot. {@code status} (IN_FORCE,
 * ENDED, REPEALED, WITHDRAWN) and {@code statusDate} are null in snapshots taken before the registry kept them, which
 * then read as in force from the start. {@code cycleEntry} says why the cycle's read gave it (null in snapshots taken
 * before the registry gave it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstrumentRecord(
        long id,
        String country,
        String kind,
        String title,
        String institution,
        Integer yearStart,
        Integer yearEnd,
        String link,
        Boolean foundOnline,
        Body body,
        Law law,
        Plan plan,
        Channel channel,
        Protocol protocol,
        Unit unit,
        InformationSystem informationSystem,
        Shelter shelter,
        String confidentiality,
        String status,
        LocalDate statusDate,
        CycleEntry cycleEntry) {

    /** A record pulled before the registry said why a cycle holds it. */
    public InstrumentRecord(long id, String country, String kind, String title, String institution, Integer yearStart,
                            Integer yearEnd, String link, Boolean foundOnline, Body body, Law law, Plan plan, Channel channel,
                            Protocol protocol, Unit unit, InformationSystem informationSystem, Shelter shelter,
                            String confidentiality, String status, LocalDate statusDate) {
        this(id, country, kind, title, institution, yearStart, yearEnd, link, foundOnline, body, law, plan, channel, protocol,
                unit, informationSystem, shelter, confidentiality, status, statusDate, null);
    }

    /** A record pulled before the registry kept a status. */
    public InstrumentRecord(long id, String country, String kind, String title, String institution, Integer yearStart,
                            Integer yearEnd, String link, Boolean foundOnline, Body body, Law law, Plan plan, Channel channel,
                            Protocol protocol, Unit unit, InformationSystem informationSystem, Shelter shelter,
                            String confidentiality) {
        this(id, country, kind, title, institution, yearStart, yearEnd, link, foundOnline, body, law, plan, channel, protocol,
                unit, informationSystem, shelter, confidentiality, null, null);
    }

    /** A record pulled before confidentiality was kept; treated as restricted, so nothing unknown is published. */
    public InstrumentRecord(long id, String country, String kind, String title, String institution, Integer yearStart,
                            Integer yearEnd, String link, Boolean foundOnline, Body body, Law law, Plan plan, Channel channel,
                            Protocol protocol, Unit unit, InformationSystem informationSystem, Shelter shelter) {
        this(id, country, kind, title, institution, yearStart, yearEnd, link, foundOnline, body, law, plan, channel, protocol,
                unit, informationSystem, shelter, null, null, null);
    }

    /**
     * Whether the instrument is in force at {@code date}: the registry's one definition (registry-service {@code InForce.at},
     * documented on its {@code inForceAt} parameter): status is not WITHDRAWN, and not (status ENDED or REPEALED with
     * statusDate on or before the date), and yearStart <= the date's year, and (yearEnd is absent or >= that year).
     * An ENDED or REPEALED status without a date does not end it, as in the registry's Java rule.
     */
    public boolean inForceAt(LocalDate date) {
        if (isWithdrawn()) {
            return false;
        }
        if (endedBy(date)) {
            return false;
        }
        int year = date.getYear();
        return yearStart != null && yearStart <= year && (yearEnd == null || yearEnd >= year);
    }

    /** WITHDRAWN: reported in error, never in force (derived, so not written into a snapshot's content). */
    @JsonIgnore
    public boolean isWithdrawn() {
        return "WITHDRAWN".equals(status);
    }

    /** Ended or repealed by its status on or before {@code date} (the first clause of the registry's rule). */
    public boolean endedBy(LocalDate date) {
        return ("ENDED".equals(status) || "REPEALED".equals(status)) && statusDate != null && !statusDate.isAfter(date);
    }

    /** Only PUBLIC instruments appear in published reports; a missing value counts as restricted. */
    public boolean isPublic() {
        return "PUBLIC".equals(confidentiality);
    }

    /**
     * Why the cycle's registry read holds the instrument, in the version it gives: {@code action} REPORTED, CONFIRMED,
     * UPDATED, ENDED or WITHDRAWN (the cycle's own answers), ATTACHED or CORRECTED (the secretariat, with a
     * {@code reason}; a correction names the {@code previousRevision} the cycle had); {@code origin} of that version:
     * BASELINE, CYCLE, AMENDMENT or DIRECT_ENTRY. Strings, as the enums of the registry may grow.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CycleEntry", description = "Why the cycle's registry read holds the instrument (absent in snapshots taken "
            + "before the registry said so): the action (REPORTED, CONFIRMED, UPDATED, ENDED, WITHDRAWN; ATTACHED or "
            + "CORRECTED by the secretariat, with its reason), the revision taken and its origin (BASELINE, CYCLE, AMENDMENT, "
            + "DIRECT_ENTRY); for a correction the revision the cycle held before")
    public record CycleEntry(String action, Integer revision, String origin, Integer previousRevision, String reason) {
    }

    /** INTER_AGENCY_BODY: the national authority or one of its bodies (section A, G.1-G.2). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(String model, Boolean chairPublicSecurity, String establishedBy, Integer publicInstitutionCount,
                       Boolean civilSocietyIncluded, Integer civilSocietyCount, Boolean genderEntityMember,
                       Set<String> approaches, String headSex) {
    }

    /** LAW: the legal path (section D.1); the year is {@code yearStart}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Law(String legalPath) {
    }

    /** NATIONAL_POLICY and PLAN (section B.2, G.3); the period is {@code yearStart..yearEnd}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(String planType, Long successorId, Boolean genderPerspective) {
    }

    /** REPORTING_CHANNEL (section E.1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Channel(String type, String topic, String contact, Set<String> features) {
    }

    /** PROTOCOL (sections D.4 and E.3). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Protocol(String kind) {
    }

    /** SPECIALIZED_UNIT (section D.3). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String sphere) {
    }

    /** INFORMATION_SYSTEM (section F). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationSystem(Integer model) {
    }

    /** SHELTER (section G.5). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shelter(String provider, Boolean exclusive, Boolean acceptsChildren) {
    }
}

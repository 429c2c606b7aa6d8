package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Set;

/**
 * A registry instrument as {@code GET /api/registry/v1/instruments} serves it, reduced to the fields the indicators read;
 * enum values stay strings so that a value the registry adds later does not break the snapshot.
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
        String confidentiality) {

    /** A record pulled before confidentiality was kept; treated as restricted, so nothing unknown is published. */
    public InstrumentRecord(long id, String country, String kind, String title, String institution, Integer yearStart,
                            Integer yearEnd, String link, Boolean foundOnline, Body body, Law law, Plan plan, Channel channel,
                            Protocol protocol, Unit unit, InformationSystem informationSystem, Shelter shelter) {
        this(id, country, kind, title, institution, yearStart, yearEnd, link, foundOnline, body, law, plan, channel, protocol,
                unit, informationSystem, shelter, null);
    }

    /** Only PUBLIC instruments appear in published reports; a missing value counts as restricted. */
    public boolean isPublic() {
        return "PUBLIC".equals(confidentiality);
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

package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * This service's copy of the registry's {@code InstrumentInput}: an entry's instrument (CREATE) in the body of
 * {@code POST /api/registry/v1/cycle-publications}. Enumerations are strings here:
 * the registry validates them, and a new code there needs no release of this service.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryInstrument(
        String country, String kind, String title, String titleEn, String language, String institution,
        Integer yearStart, Integer yearEnd, String link, Boolean foundOnline, String confidentiality,
        Provenance provenance, Body body, Law law, Plan plan, Channel channel, Protocol protocol, Unit unit,
        InformationSystem informationSystem, Shelter shelter) {

    /** Where the instrument comes from; the registry sets source, cycle, question and position from the path itself. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String source, String cycle, String question, Integer position, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String model, String chairInstitution, Boolean chairPublicSecurity, String establishedBy,
                       Integer publicInstitutionCount, Boolean civilSocietyIncluded, Integer civilSocietyCount,
                       Boolean genderEntityMember, List<String> approaches, String headSex) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Law(String legalPath, String lawNumber, String amendments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(String planType, Long successorId, Boolean genderPerspective) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(String type, String topic, String contact, List<String> features) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Protocol(String kind, String targetPopulation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String sphere) {
    }

    /** {@code model} is the Section F model, 1 to 4. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InformationSystem(Integer model, String design, String sources, Boolean publicAccess, Boolean publicReports) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shelter(String provider, Boolean exclusive, Boolean acceptsChildren) {
    }
}

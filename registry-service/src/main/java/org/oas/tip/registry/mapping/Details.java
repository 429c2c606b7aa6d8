package org.oas.tip.registry.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.instrument.BodyAttributes;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.instrument.LawAttributes;
import org.oas.tip.registry.instrument.PlanAttributes;
import org.oas.tip.registry.instrument.ProtocolAttributes;
import org.oas.tip.registry.instrument.ShelterAttributes;
import org.oas.tip.registry.instrument.SystemAttributes;

import java.util.Set;

/** The typed attributes of each instrument kind, as the API reads and writes them (one group per kind). */
public final class Details {

    private Details() {
    }

    @Schema(name = "BodyDetails", description = "For kind INTER_AGENCY_BODY: the national authority or inter-agency body")
    public record Body(
            BodyAttributes.Model model,
            @Size(max = 500) String chairInstitution,
            @Schema(description = "The chair belongs to the public-security system") Boolean chairPublicSecurity,
            BodyAttributes.Establishment establishedBy,
            @PositiveOrZero Integer publicInstitutionCount,
            Boolean civilSocietyIncluded,
            @PositiveOrZero Integer civilSocietyCount,
            @Schema(description = "A public entity for gender equality or women is a member") Boolean genderEntityMember,
            Set<BodyAttributes.Approach> approaches,
            BodyAttributes.Sex headSex) {

        public Body {
            approaches = EnumArrays.ordered(approaches, BodyAttributes.Approach.class);
        }
    }

    @Schema(name = "LawDetails", description = "For kind LAW; the year is yearStart")
    public record Law(LawAttributes.LegalPath legalPath, @Size(max = 100) String lawNumber, @Size(max = 2000) String amendments) {
    }

    @Schema(name = "PlanDetails", description = "For kinds NATIONAL_POLICY and PLAN; the period is yearStart..yearEnd")
    public record Plan(PlanAttributes.PlanType planType, Long successorId, Boolean genderPerspective) {
    }

    @Schema(name = "ChannelDetails", description = "For kind REPORTING_CHANNEL")
    public record Channel(
            ChannelAttributes.ChannelType type,
            @Size(max = 200) @Schema(description = "Topic of a thematic line", examples = "domestic violence") String topic,
            @Size(max = 300) @Schema(description = "Telephone number, e-mail, URL or address", examples = "145") String contact,
            Set<ChannelAttributes.Feature> features) {

        public Channel {
            features = EnumArrays.ordered(features, ChannelAttributes.Feature.class);
        }
    }

    @Schema(name = "ProtocolDetails", description = "For kind PROTOCOL")
    public record Protocol(ProtocolAttributes.ProtocolKind kind, @Size(max = 300) String targetPopulation) {
    }

    @Schema(name = "UnitDetails", description = "For kind SPECIALIZED_UNIT")
    public record Unit(Instrument.UnitSphere sphere) {
    }

    @Schema(name = "InformationSystemDetails", description = "For kind INFORMATION_SYSTEM (models 1-4 of section F)")
    public record InformationSystem(
            @Min(1) @Max(4) Integer model,
            SystemAttributes.Design design,
            @Size(max = 1000) String sources,
            Boolean publicAccess,
            Boolean publicReports) {
    }

    @Schema(name = "ShelterDetails", description = "For kind SHELTER")
    public record Shelter(ShelterAttributes.Provider provider,
                          @Schema(description = "Exclusive to trafficking victims (false: shared)") Boolean exclusive,
                          Boolean acceptsChildren) {
    }
}

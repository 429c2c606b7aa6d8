package org.oas.tip.registry.mapping;

import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.Provenance;
import org.oas.tip.registry.instrument.BodyAttributes;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.instrument.LawAttributes;
import org.oas.tip.registry.instrument.PlanAttributes;
import org.oas.tip.registry.instrument.ProtocolAttributes;
import org.oas.tip.registry.instrument.ShelterAttributes;
import org.oas.tip.registry.instrument.SystemAttributes;

import java.util.Locale;

/** Maps instruments between the database and the API. */
public final class InstrumentMapper {

    private InstrumentMapper() {
    }

    public static InstrumentView toView(Instrument i) {
        Provenance p = i.provenance == null ? new Provenance() : i.provenance;
        return new InstrumentView(i.id, i.country, i.kind, i.title, i.titleEn, i.language, i.institution, i.yearStart, i.yearEnd,
                i.link, i.foundOnline, i.linkCheckedAt, i.linkStatus, i.confidentiality,
                new ProvenanceView(p.source, p.cycle, p.question, p.position, p.note, null),
                i.verified, i.verifiedAt, i.createdAt, i.updatedAt, i.status, i.statusDate, i.statusReason, i.revision,
                i.kind == InstrumentKind.INTER_AGENCY_BODY ? body(i.body) : null,
                i.kind == InstrumentKind.LAW && i.law != null ? new Details.Law(i.law.legalPath, i.law.lawNumber, i.law.amendments) : null,
                isPlan(i.kind) && i.plan != null ? new Details.Plan(i.plan.planType, i.plan.successorId, i.plan.genderPerspective) : null,
                i.kind == InstrumentKind.REPORTING_CHANNEL ? channel(i.channel) : null,
                i.kind == InstrumentKind.PROTOCOL && i.protocol != null
                        ? new Details.Protocol(i.protocol.protocolKind, i.protocol.targetPopulation) : null,
                i.kind == InstrumentKind.SPECIALIZED_UNIT ? new Details.Unit(i.unitSphere) : null,
                i.kind == InstrumentKind.INFORMATION_SYSTEM && i.system != null ? new Details.InformationSystem(i.system.systemModel,
                        i.system.systemDesign, i.system.systemSources, i.system.publicAccess, i.system.publicReports) : null,
                i.kind == InstrumentKind.SHELTER && i.shelter != null
                        ? new Details.Shelter(i.shelter.shelterProvider, i.shelter.exclusive, i.shelter.acceptsChildren) : null,
                null);
    }

    /** The instrument in the shape a client writes it (without provenance, which is the system's). */
    public static InstrumentInput toInput(Instrument i) {
        InstrumentView v = toView(i);
        return new InstrumentInput(v.country(), v.kind(), v.title(), v.titleEn(), v.language(), v.institution(), v.yearStart(),
                v.yearEnd(), v.link(), v.foundOnline(), v.confidentiality(), null, v.body(), v.law(), v.plan(), v.channel(),
                v.protocol(), v.unit(), v.informationSystem(), v.shelter());
    }

    static boolean isPlan(InstrumentKind kind) {
        return kind == InstrumentKind.NATIONAL_POLICY || kind == InstrumentKind.PLAN;
    }

    private static Details.Body body(BodyAttributes b) {
        return b == null ? null : new Details.Body(b.bodyModel, b.chairInstitution, b.chairPublicSecurity, b.establishedBy,
                b.publicInstitutionCount, b.civilSocietyIncluded, b.civilSocietyCount, b.genderEntityMember,
                EnumArrays.toSet(b.approaches, BodyAttributes.Approach.class), b.headSex);
    }

    private static Details.Channel channel(ChannelAttributes c) {
        return c == null ? null : new Details.Channel(c.channelType, c.channelTopic, c.contact,
                EnumArrays.toSet(c.features, ChannelAttributes.Feature.class));
    }

    /** Copies what a client sent onto an instrument, but not its provenance; the attribute groups of other kinds are cleared. */
    public static void apply(InstrumentInput in, Instrument i) {
        i.country = in.country().toUpperCase(Locale.ROOT);
        i.kind = in.kind();
        i.title = in.title().strip();
        i.titleEn = in.titleEn();
        i.language = in.language();
        i.institution = in.institution();
        i.yearStart = in.yearStart();
        i.yearEnd = in.yearEnd();
        i.link = in.link();
        i.foundOnline = in.foundOnline();
        i.confidentiality = in.confidentiality() == null ? Confidentiality.PUBLIC : in.confidentiality();
        i.body = in.body() == null ? new BodyAttributes() : body(in.body());
        i.law = new LawAttributes();
        if (in.law() != null) {
            i.law.legalPath = in.law().legalPath();
            i.law.lawNumber = in.law().lawNumber();
            i.law.amendments = in.law().amendments();
        }
        i.plan = new PlanAttributes();
        if (in.plan() != null) {
            i.plan.planType = in.plan().planType();
            i.plan.successorId = in.plan().successorId();
            i.plan.genderPerspective = in.plan().genderPerspective();
        }
        i.channel = new ChannelAttributes();
        if (in.channel() != null) {
            i.channel.channelType = in.channel().type();
            i.channel.channelTopic = in.channel().topic();
            i.channel.contact = in.channel().contact();
            i.channel.features = EnumArrays.toArray(in.channel().features());
        }
        i.protocol = new ProtocolAttributes();
        if (in.protocol() != null) {
            i.protocol.protocolKind = in.protocol().kind();
            i.protocol.targetPopulation = in.protocol().targetPopulation();
        }
        i.unitSphere = in.unit() == null ? null : in.unit().sphere();
        i.system = new SystemAttributes();
        if (in.informationSystem() != null) {
            i.system.systemModel = in.informationSystem().model();
            i.system.systemDesign = in.informationSystem().design();
            i.system.systemSources = in.informationSystem().sources();
            i.system.publicAccess = in.informationSystem().publicAccess();
            i.system.publicReports = in.informationSystem().publicReports();
        }
        i.shelter = new ShelterAttributes();
        if (in.shelter() != null) {
            i.shelter.shelterProvider = in.shelter().provider();
            i.shelter.exclusive = in.shelter().exclusive();
            i.shelter.acceptsChildren = in.shelter().acceptsChildren();
        }
    }

    private static BodyAttributes body(Details.Body d) {
        BodyAttributes b = new BodyAttributes();
        b.bodyModel = d.model();
        b.chairInstitution = d.chairInstitution();
        b.chairPublicSecurity = d.chairPublicSecurity();
        b.establishedBy = d.establishedBy();
        b.publicInstitutionCount = d.publicInstitutionCount();
        b.civilSocietyIncluded = d.civilSocietyIncluded();
        b.civilSocietyCount = d.civilSocietyCount();
        b.genderEntityMember = d.genderEntityMember();
        b.approaches = EnumArrays.toArray(d.approaches());
        b.headSex = d.headSex();
        return b;
    }
}

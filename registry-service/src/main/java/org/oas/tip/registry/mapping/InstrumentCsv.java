package org.oas.tip.registry.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The columns of the CSV export: the common fields, then the attributes of every kind (empty for other kinds). */
public final class InstrumentCsv {

    public static final String[] HEADER = {"id", "country", "kind", "title", "title_en", "language", "institution",
            "year_start", "year_end", "link", "found_online", "confidentiality", "provenance_source", "provenance_cycle",
            "provenance_question", "provenance_position", "provenance_note", "verified",
            "body_model", "chair_institution", "chair_public_security", "established_by", "public_institution_count",
            "civil_society_included", "civil_society_count", "gender_entity_member", "approaches", "head_sex",
            "legal_path", "law_number", "plan_type", "successor_id", "gender_perspective",
            "channel_type", "channel_topic", "contact", "features", "protocol_kind", "target_population", "unit_sphere",
            "system_model", "system_design", "public_access", "public_reports", "shelter_provider", "shelter_exclusive",
            "accepts_children", "status", "status_date", "status_reason", "revision"};

    /** Added after {@link #HEADER} in a cycle read (cycle=...): the instrument's record in that cycle. */
    public static final String[] CYCLE_HEADER = {"cycle_action", "cycle_revision", "cycle_origin", "cycle_previous_revision",
            "cycle_reason"};

    private InstrumentCsv() {
    }

    /** The header, with the cycle columns in a cycle read. */
    public static String[] header(boolean cycleRead) {
        if (!cycleRead) {
            return HEADER;
        }
        String[] all = Arrays.copyOf(HEADER, HEADER.length + CYCLE_HEADER.length);
        System.arraycopy(CYCLE_HEADER, 0, all, HEADER.length, CYCLE_HEADER.length);
        return all;
    }

    /** A row, with the cycle columns in a cycle read. */
    public static List<Object> row(InstrumentView i, boolean cycleRead) {
        if (!cycleRead) {
            return row(i);
        }
        List<Object> row = new java.util.ArrayList<>(row(i));
        CycleEntry e = i.cycleEntry();
        row.addAll(e == null ? Arrays.asList(new Object[CYCLE_HEADER.length])
                : Arrays.asList(e.action(), e.revision(), e.origin(), e.previousRevision(), e.reason()));
        return row;
    }

    public static List<Object> row(InstrumentView i) {
        ProvenanceView p = i.provenance();
        Details.Body b = i.body();
        Details.Law l = i.law();
        Details.Plan pl = i.plan();
        Details.Channel c = i.channel();
        Details.Protocol pr = i.protocol();
        Details.InformationSystem s = i.informationSystem();
        Details.Shelter sh = i.shelter();
        return Arrays.asList(i.id(), i.country(), i.kind(), i.title(), i.titleEn(), i.language(), i.institution(),
                i.yearStart(), i.yearEnd(), i.link(), i.foundOnline(), i.confidentiality(),
                p.source(), p.cycle(), p.question(), p.position(), p.note(), i.verified(),
                b == null ? null : b.model(), b == null ? null : b.chairInstitution(), b == null ? null : b.chairPublicSecurity(),
                b == null ? null : b.establishedBy(), b == null ? null : b.publicInstitutionCount(),
                b == null ? null : b.civilSocietyIncluded(), b == null ? null : b.civilSocietyCount(),
                b == null ? null : b.genderEntityMember(), b == null ? null : join(b.approaches()), b == null ? null : b.headSex(),
                l == null ? null : l.legalPath(), l == null ? null : l.lawNumber(),
                pl == null ? null : pl.planType(), pl == null ? null : pl.successorId(), pl == null ? null : pl.genderPerspective(),
                c == null ? null : c.type(), c == null ? null : c.topic(), c == null ? null : c.contact(),
                c == null ? null : join(c.features()),
                pr == null ? null : pr.kind(), pr == null ? null : pr.targetPopulation(),
                i.unit() == null ? null : i.unit().sphere(),
                s == null ? null : s.model(), s == null ? null : s.design(), s == null ? null : s.publicAccess(),
                s == null ? null : s.publicReports(),
                sh == null ? null : sh.provider(), sh == null ? null : sh.exclusive(), sh == null ? null : sh.acceptsChildren(),
                i.status(), i.statusDate(), i.statusReason(), i.revision());
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).map(Enum::name).collect(Collectors.joining(";"));
    }
}

package org.oas.tip.registry.service;

import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Provenance;
import org.oas.tip.registry.mapping.ProvenanceInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Provenance is the system's to say: a direct write is the secretariat's desk research or the country's own entry,
 * the baseline and cycle answers come only from the migration and the questionnaire's publication. A write may give
 * the note; on an update it may also send back the stored values unchanged.
 */
final class ProvenancePolicy {

    private ProvenancePolicy() {
    }

    /** The source a direct write by this caller records. */
    static Provenance.Source sourceOf(Caller caller) {
        return caller.isAdmin() ? Provenance.Source.DESK_RESEARCH : Provenance.Source.COUNTRY_ENTRY;
    }

    /** What the input claims beyond its right; {@code current} is the stored provenance of an update (null on create). */
    static List<Violation> claims(ProvenanceInput in, Caller caller, Provenance current) {
        List<Violation> wrong = new ArrayList<>();
        if (in == null) {
            return wrong;
        }
        if (in.source() != null && in.source() != sourceOf(caller) && (current == null || in.source() != current.source)) {
            wrong.add(Violation.body("provenance.source", "is set by the system: a write of yours is " + sourceOf(caller)
                    + (current == null ? "" : " (this record's origin is " + current.source + ")")));
        }
        claim(wrong, "provenance.cycle", in.cycle(), current == null ? null : current.cycle);
        claim(wrong, "provenance.question", in.question(), current == null ? null : current.question);
        claim(wrong, "provenance.position", in.position(), current == null ? null : current.position);
        return wrong;
    }

    private static void claim(List<Violation> wrong, String field, Object given, Object stored) {
        if (given != null && !Objects.equals(given, stored)) {
            wrong.add(Violation.body(field, "is set by the system, only by a cycle's publication"));
        }
    }

    /** The provenance of a new direct entry. */
    static Provenance forCreate(ProvenanceInput in, Caller caller) {
        Provenance p = new Provenance();
        p.source = sourceOf(caller);
        p.note = in == null ? null : in.note();
        return p;
    }

    /** The provenance after an update: the origin stays; the note changes when the input gives a provenance. */
    static Provenance forUpdate(ProvenanceInput in, Provenance current) {
        Provenance p = new Provenance();
        p.source = current.source;
        p.cycle = current.cycle;
        p.question = current.question;
        p.position = current.position;
        p.note = in == null ? current.note : in.note();
        return p;
    }

    /** The provenance of an instrument a cycle's answer created. */
    static Provenance forCycleAnswer(String cycle, String question, Integer position, ProvenanceInput in) {
        Provenance p = new Provenance();
        p.source = Provenance.Source.CYCLE_ANSWER;
        p.cycle = cycle;
        p.question = question;
        p.position = position;
        p.note = in == null ? null : in.note();
        return p;
    }
}

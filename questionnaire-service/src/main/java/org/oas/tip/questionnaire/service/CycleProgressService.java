package org.oas.tip.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Extension;
import org.oas.tip.questionnaire.Reminder;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.mapping.ApiDate;
import org.oas.tip.questionnaire.mapping.Progress;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ExtensionRepository;
import org.oas.tip.questionnaire.repository.ReminderRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The secretariat's follow-up of a cycle: progress, per-country extensions, and reminders to who is late. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleProgressService {

    private final Cycles cycles;
    private final AssignmentRepository assignments;
    private final ExtensionRepository extensions;
    private final ReminderRepository reminders;

    public CycleProgressService(Cycles cycles, AssignmentRepository assignments, ExtensionRepository extensions,
                                ReminderRepository reminders) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.extensions = extensions;
        this.reminders = reminders;
    }

    public Progress progress(String cycleCode, LocalDate asOf) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        List<Assignment> all = assignments.ofCycle(cycle.id);
        Map<Assignment.Status, Long> byStatus = new EnumMap<>(Assignment.Status.class);
        Arrays.stream(Assignment.Status.values()).forEach(s -> byStatus.put(s, 0L));
        all.forEach(a -> byStatus.merge(a.status, 1L, Long::sum));
        List<Progress.Overdue> overdue = overdue(all, asOf).stream()
                .map(a -> new Progress.Overdue(a.country, a.status, a.deadline, ChronoUnit.DAYS.between(a.deadline, asOf),
                        (int) reminders.count("assignmentId", a.id)))
                .toList();
        return new Progress(cycle.code, asOf, byStatus, overdue);
    }

    /** Gives one country a later deadline, logged with its reason. */
    @Transactional
    public Progress.Overdue extend(String cycleCode, String country, LocalDate newDeadline, String reason, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        Assignment a = cycles.visible(cycle, country, caller);
        if (newDeadline == null || !newDeadline.isAfter(a.deadline)) {
            throw Problems.invalid("newDeadline", "must be after the current deadline " + a.deadline);
        }
        if (!ApiDate.Check.inRange(newDeadline)) {
            throw Problems.invalid("newDeadline", ApiDate.RULE);
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw Problems.invalid("reason", "give the reason (at most 1000 characters)");
        }
        Extension e = new Extension();
        e.assignmentId = a.id;
        e.newDeadline = newDeadline;
        e.reason = reason.strip();
        e.grantedBy = caller.subject();
        e.grantedAt = OffsetDateTime.now();
        extensions.persist(e);
        a.deadline = newDeadline;
        assignments.flush();
        return new Progress.Overdue(a.country, a.status, a.deadline, 0, (int) reminders.count("assignmentId", a.id));
    }

    /** Records a reminder as sent to every country overdue today, and returns them. */
    @Transactional
    public List<Progress.Overdue> remind(String cycleCode, Caller caller) {
        ReportingCycle cycle = cycles.cycle(cycleCode);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Assignment> late = overdue(assignments.ofCycle(cycle.id), today);
        for (Assignment a : late) {
            Reminder r = new Reminder();
            r.assignmentId = a.id;
            r.sentAt = OffsetDateTime.now();
            r.sentBy = caller.subject();
            reminders.persist(r);
        }
        reminders.flush();
        return late.stream().map(a -> new Progress.Overdue(a.country, a.status, a.deadline, ChronoUnit.DAYS.between(a.deadline, today),
                (int) reminders.count("assignmentId", a.id))).toList();
    }

    private static List<Assignment> overdue(List<Assignment> all, LocalDate asOf) {
        return all.stream().filter(a -> (a.status == Assignment.Status.NOT_STARTED || a.status == Assignment.Status.IN_PROGRESS)
                && asOf.isAfter(a.deadline)).toList();
    }
}

package org.oas.tip.analytics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.ReportComment;
import org.oas.tip.analytics.mapping.CommentInput;
import org.oas.tip.analytics.mapping.CommentView;
import org.oas.tip.analytics.mapping.NewReport;
import org.oas.tip.analytics.mapping.StatusChange;
import org.oas.tip.analytics.report.Sections;
import org.oas.tip.analytics.repository.ReportCommentRepository;
import org.oas.tip.analytics.repository.ReportRepository;
import org.oas.tip.analytics.repository.SnapshotRepository;
import org.oas.tip.analytics.repository.SnapshotSummary;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The lifecycle of reports (DRAFT, COUNTRY_REVIEW, FINAL), who sees them at each stage, and the focal points' comments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private final ReportRepository reports;
    private final ReportCommentRepository comments;
    private final SnapshotRepository snapshots;

    public ReportService(ReportRepository reports, ReportCommentRepository comments, SnapshotRepository snapshots) {
        this.reports = reports;
        this.comments = comments;
        this.snapshots = snapshots;
    }

    /** FINAL reports are public; focal points also read those under review; the secretariat and analysts read drafts. */
    static Set<Report.Status> visibleTo(Caller caller) {
        if (caller.isAdmin() || caller.isAnalyst()) {
            return EnumSet.allOf(Report.Status.class);
        }
        return caller.isFocalPoint() ? EnumSet.of(Report.Status.COUNTRY_REVIEW, Report.Status.FINAL) : EnumSet.of(Report.Status.FINAL);
    }

    /** A status named in a query, or null when none is. */
    public static Report.Status status(String name) {
        return QueryParams.exactlyOneOf("status", name, Report.Status.class);
    }

    public List<Report> list(String cycle, Report.Status status, Caller caller) {
        Set<Report.Status> statuses = visibleTo(caller);
        if (status != null) {
            statuses.retainAll(Set.of(status));
            if (statuses.isEmpty()) {
                return List.of();
            }
        }
        return reports.search(statuses, cycle);
    }

    /** The report if this caller may read it; one it may not read is as absent as one that does not exist. */
    public Report get(long id, Caller caller) {
        return reports.findByIdOptional(id).filter(r -> visibleTo(caller).contains(r.status))
                .orElseThrow(() -> Problems.notFound("Report " + id));
    }

    /** Two reports to compare, in the order asked for. */
    public record Pair(Report now, Report before) {
    }

    /**
     * The reports to compare: anyone may compare two FINAL reports; a report not yet FINAL on either side is for the
     * secretariat and analysts only, and as absent as one that does not exist to everyone else (404).
     */
    public Pair forProgress(long id, long since, Caller caller) {
        boolean privileged = caller.isAdmin() || caller.isAnalyst();
        Report now = reports.findByIdOptional(id).filter(r -> privileged || r.status == Report.Status.FINAL)
                .orElseThrow(() -> Problems.notFound("Report " + id));
        Report before = reports.findByIdOptional(since).filter(r -> privileged || r.status == Report.Status.FINAL)
                .orElseThrow(() -> Problems.notFound("Report " + since));
        return new Pair(now, before);
    }

    @Transactional
    public Report create(@NotNull(message = "a body with snapshotId is required") @Valid NewReport input, Caller caller) {
        SnapshotSummary snapshot = snapshots.summary(input.snapshotId())
                .orElseThrow(() -> Problems.invalid("snapshotId", "no snapshot " + input.snapshotId()));
        Report r = new Report();
        r.snapshotId = snapshot.id();
        r.cycle = snapshot.cycle();
        r.title = input.title() == null ? "Progress report " + snapshot.cycle() : input.title().strip();
        r.status = Report.Status.DRAFT;
        r.createdAt = Instant.now();
        r.createdBy = caller.subject();
        reports.persist(r);
        return r;
    }

    /** Moves a report one step on; only the next status is allowed, and FINAL is for ever. */
    @Transactional
    public Report changeStatus(long id, @NotNull(message = "a body with status is required") @Valid StatusChange change, String ifMatch, Caller caller) {
        long expected = ETags.expectedVersion(ifMatch);
        Report r = get(id, caller);
        ETags.requireVersion(r.version, expected);
        if (r.status.next().filter(change.status()::equals).isEmpty()) {
            throw Problems.conflict("A " + r.status + " report " + r.status.next()
                    .map(n -> "can only move to " + n).orElse("never changes") + ", not to " + change.status());
        }
        r.status = change.status();
        if (r.status == Report.Status.COUNTRY_REVIEW) {
            r.reviewStartedAt = Instant.now();
        } else {
            r.finalizedAt = Instant.now();
        }
        reports.flush();
        return r;
    }

    /** A focal point comments for its own country, while the report is under country review. */
    @Transactional
    public CommentView comment(long id, @NotNull(message = "a body with section and text is required") @Valid CommentInput input, Caller caller) {
        if (!caller.isFocalPoint()) {
            throw Problems.forbidden("Only a member state's focal point comments, on behalf of its country");
        }
        String section = input.section().strip();
        if (!Sections.COMMENTABLE.containsKey(section)) {
            throw Problems.invalid("section", "must be one of " + String.join(", ", Sections.COMMENTABLE.keySet()));
        }
        Report r = get(id, caller);
        if (r.status != Report.Status.COUNTRY_REVIEW) {
            throw Problems.conflict("Report " + id + " is " + r.status + "; comments are taken during COUNTRY_REVIEW only");
        }
        ReportComment c = new ReportComment();
        c.reportId = r.id;
        c.section = section;
        c.country = caller.country();
        c.author = caller.subject();
        c.client = caller.client();
        c.text = input.text().strip();
        c.createdAt = Instant.now();
        comments.persist(c);
        return CommentView.of(c);
    }

    /** The secretariat and analysts read every country's comments; a focal point reads its own country's. */
    public List<CommentView> comments(long id, Caller caller) {
        Report r = get(id, caller);
        if (!caller.isAdmin() && !caller.isAnalyst() && !caller.isFocalPoint()) {
            throw Problems.forbidden("Comments are read by the secretariat, analysts and the focal points of each country");
        }
        String country = caller.isAdmin() || caller.isAnalyst() ? null : caller.country();
        return comments.ofReport(r.id, country).stream().map(CommentView::of).toList();
    }
}

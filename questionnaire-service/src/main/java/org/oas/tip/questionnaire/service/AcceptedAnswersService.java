package org.oas.tip.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.mapping.AcceptedAnswersPage;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.AssignmentRepository.AcceptedRow;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A cycle's accepted responses, page by page in country order (keyset on the country code, one query per page), for
 * readers of a whole cycle such as the analytics' snapshots; each item's answers are the document the per-country read
 * gives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AcceptedAnswersService {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** Pages are keyed on the country code: a cursor names the last country of the previous page. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private final AssignmentRepository assignments;
    private final Definitions definitions;

    public AcceptedAnswersService(AssignmentRepository assignments, Definitions definitions) {
        this.assignments = assignments;
        this.definitions = definitions;
    }

    /** One page; limit and cursor as the query gave them (a bad one is a 400 naming it). */
    public AcceptedAnswersPage page(String cycleCode, String limit, String cursor) {
        PageRequest page = PageRequest.of(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT, COUNTRY);
        // one row more than the page tells whether another page follows, without a second query
        List<AcceptedRow> rows = assignments.acceptedPage(cycleCode, page.after(), page.limit() + 1);
        if (rows.isEmpty()) {
            throw Problems.notFound("Cycle " + cycleCode);
        }
        List<AcceptedAnswersPage.Item> items = rows.stream().filter(row -> row.country() != null).limit(page.limit())
                .map(this::item).toList();
        String next = rows.size() > page.limit() ? PageRequest.cursorAfter(items.get(items.size() - 1).country()) : null;
        return new AcceptedAnswersPage(items, next);
    }

    private AcceptedAnswersPage.Item item(AcceptedRow row) {
        return new AcceptedAnswersPage.Item(row.country(), Assignment.Status.ACCEPTED, row.questionnaire(),
                row.questionnaireVersion(), row.acceptedAt(), definitions.read(row.document()));
    }
}

package org.oas.tip.registry.service;

import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key of an answer published as an instrument (cycle, country, question, position), checked before anything is
 * read or written: the question is a questionnaire linkId and the position an index in a repeating group.
 */
public final class CycleAnswerKeys {

    /** The questionnaire service's linkId rule (its DefinitionParser), which provenance_question (varchar(100)) holds. */
    public static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    public static final String LINK_ID_RULE = "must be a questionnaire linkId: 1 to 100 letters, digits, '.', '_' or '-'";
    /** The largest position of an answer in a repeating group; no questionnaire lists more entries. */
    public static final int MAX_POSITION = 9999;

    private CycleAnswerKeys() {
    }

    /** A 400 naming every bad path parameter. */
    public static void check(String cycle, String country, String question, int position) {
        List<Violation> wrong = new ArrayList<>();
        if (!CycleCodes.valid(cycle)) {
            wrong.add(new Violation("cycle", "path", CycleCodes.RULE));
        }
        if (country == null || !country.matches("[A-Za-z]{3}")) {
            wrong.add(new Violation("country", "path", "must be an ISO 3166-1 alpha-3 code, e.g. ARG"));
        }
        if (question == null || !LINK_ID.matcher(question).matches()) {
            wrong.add(new Violation("question", "path", LINK_ID_RULE));
        }
        if (position < 0 || position > MAX_POSITION) {
            wrong.add(new Violation("position", "path", "must be from 0 to " + MAX_POSITION));
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
    }
}

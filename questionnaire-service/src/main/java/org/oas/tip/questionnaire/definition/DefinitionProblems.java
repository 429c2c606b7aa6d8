package org.oas.tip.questionnaire.definition;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a definition and remembers whether any of them makes it unusable. */
final class DefinitionProblems {

    private final List<Problem> problems = new ArrayList<>();
    private boolean unusable;

    /** A problem that leaves the definition ambiguous or impossible to validate responses against. */
    void fatal(String linkId, String pointer, String message) {
        problems.add(new Problem(linkId, pointer, message));
        unusable = true;
    }

    /** A problem worth fixing that does not stop the definition from being used. */
    void minor(String linkId, String pointer, String message) {
        problems.add(new Problem(linkId, pointer, message));
    }

    boolean unusable() {
        return unusable;
    }

    List<Problem> all() {
        return List.copyOf(problems);
    }
}

package org.oas.tip.questionnaire.definition;

/** How strictly a response is checked: a draft may leave required items unanswered, a submission may not. */
public enum Mode {
    DRAFT, SUBMISSION
}

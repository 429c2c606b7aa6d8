package org.oas.tip.questionnaire.rest;

/** The OpenAPI tags of this service, one per resource area, each described once here and used by its resources. */
final class ApiTags {

    static final String QUESTIONNAIRES = "Questionnaires";
    static final String QUESTIONNAIRES_TEXT = "Versioned questionnaire definitions (sections and items with stable linkIds): "
            + "drafted and published by the secretariat, read by every participant, with the JSON Schema of a response for tools.";
    static final String CYCLES = "Cycles";
    static final String CYCLES_TEXT = "Reporting cycles: opened by the secretariat with one assignment per active member state, "
            + "their progress, deadlines, reminders, coded answers and accepted answers.";
    static final String RESPONSES = "Responses";
    static final String RESPONSES_TEXT = "A member state's assignment in a cycle and its answer document: read, saved as a merge "
            + "patch, validated and submitted by the country's focal point (or the secretariat on its behalf).";
    static final String REVIEW = "Review";
    static final String REVIEW_TEXT = "The secretariat's review of submitted responses: clarification threads, acceptance, "
            + "amendments of accepted answers, and coding of answers against the codebooks.";
    static final String PUBLICATIONS = "Publications";
    static final String PUBLICATIONS_TEXT = "The publication of accepted answers to the registry (one bulk reconcile per accepted "
            + "response and revision), as the secretariat follows, retries and resolves it.";

    private ApiTags() {
    }
}

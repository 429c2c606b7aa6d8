package org.oas.tip.questionnaire.definition;

/** One allowed answer of a choice item: the code stored in responses and its label. */
public record AnswerOption(String code, Texts display) {
}

package org.oas.tip.defaults;

/**
 * The one rule for reporting-cycle codes in every service (questionnaire, registry, analytics), so a code one service
 * accepts is never refused by another: 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or a digit.
 */
public final class CycleCodes {

    /** The rule as a regular expression (the same in Java and in the OpenAPI documents' ECMA-262 patterns). */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    /** The rule in words, for problem details. */
    public static final String RULE = "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or a digit";

    private CycleCodes() {
    }

    public static boolean valid(String code) {
        return code != null && code.matches(PATTERN);
    }
}

package org.oas.tip.analytics.sdg;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a country's {@code stats.detected_victims} answer: the victims detected in a year for one combination of
 * sex (FEMALE, MALE, OTHER, UNKNOWN), age group (CHILD_0_17, ADULT_18_PLUS, UNKNOWN) and form of exploitation (the
 * questionnaire's codes: SEXUAL, FORCED_LABOUR, SERVITUDE, SLAVERY, ORGAN_REMOVAL, FORCED_MARRIAGE, ILLEGAL_ADOPTION,
 * FORCED_CRIMINALITY, OTHER, MIXED). {@code entry} is the position in the country's repeating group, for drill-down.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VictimCount(String country, int year, String sex, String ageGroup, String exploitation, long count, int entry) {
}

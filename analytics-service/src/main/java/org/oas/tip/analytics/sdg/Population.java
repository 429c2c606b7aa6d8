package org.oas.tip.analytics.sdg;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The population of a country in a year as the secretariat loaded it, frozen into a snapshot with its source. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Population(String country, int year, long population, String source) {
}

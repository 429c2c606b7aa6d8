package org.oas.tip.analytics.sdg;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The population of a country in a year as the secretariat loaded it, frozen into a snapshot with its source. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "SnapshotPopulation", description = "A population figure as the snapshot froze it")
public record Population(String country, int year, long population, String source) {
}

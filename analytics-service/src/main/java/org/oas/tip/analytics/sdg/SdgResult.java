package org.oas.tip.analytics.sdg;

import java.util.List;

/** The SDG 16.2.2 observations of a set of countries, with the notes a reader needs and the countries they cover. */
public record SdgResult(List<Observation> observations, List<String> notes, List<String> countries) {

    public SdgResult {
        observations = observations == null ? List.of() : List.copyOf(observations);
        notes = notes == null ? List.of() : List.copyOf(notes);
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}

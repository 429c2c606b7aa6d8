package org.oas.tip.analytics.rest;

/** The analytics service's OpenAPI tags, named and described once for every resource that uses them. */
final class ApiTags {

    static final String INDICATORS = "Indicators";
    static final String INDICATORS_TEXT = "The catalogue of indicators: what each counts, over what and from which sources.";
    static final String SNAPSHOTS = "Snapshots";
    static final String SNAPSHOTS_TEXT = "A cycle's data frozen as pulled, and every indicator, SDG 16.2.2, progress and data "
            + "quality computed on it (the secretariat and analysts).";
    static final String REPORTS = "Reports";
    static final String REPORTS_TEXT = "Progress reports assembled from a snapshot: drafted, reviewed and commented by the "
            + "countries, then published with their figures, charts, SDG 16.2.2 and progress.";
    static final String POPULATIONS = "Populations";
    static final String POPULATIONS_TEXT = "Population figures per country and year, the denominators of the SDG 16.2.2 rates.";

    private ApiTags() {
    }
}

package org.oas.tip.registry.rest;

/** The registry's OpenAPI tags, named and described once for every resource that uses them. */
final class ApiTags {

    static final String COUNTRIES = "Countries";
    static final String COUNTRIES_TEXT = "The OAS member states: public to read, curated by the secretariat.";
    static final String INSTRUMENTS = "Instruments";
    static final String INSTRUMENTS_TEXT = "The national instruments against trafficking in persons (laws, plans, reporting "
            + "channels, protocols, specialized units, shelters, information systems): lists, CSV export, search, edits, "
            + "status, versions, history and the cycles that hold each one.";
    static final String PUBLICATIONS = "Cycle Publications";
    static final String PUBLICATIONS_TEXT = "Where the questionnaire service publishes the instruments of an accepted response "
            + "(its client only, role tip-publisher).";
    static final String DIRECTORY = "Directory";
    static final String DIRECTORY_TEXT = "The public directory of reporting channels per country.";
    static final String RULES = "Instrument Rules";
    static final String RULES_TEXT = "The JSON Schemas every instrument write is checked with, published for other systems.";
    static final String LINK_CHECKS = "Link Checks";
    static final String LINK_CHECKS_TEXT = "Background checks that each instrument's document is still online.";

    private ApiTags() {
    }
}

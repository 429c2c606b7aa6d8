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

    static final String ONBOARDING = "Onboarding";
    static final String ONBOARDING_TEXT = "Who speaks for each member state: the secretariat registers its tools (OAuth2 clients "
            + "with the country in their tokens), rotates and revokes their secrets, invites and revokes its focal points; "
            + "everything audited, with each one's last call through the gateway.";
    static final String LAST_CALLS = "Last Calls";
    static final String LAST_CALLS_TEXT = "Where the gateway reports who called when (its own account only, role tip-gateway).";

    private ApiTags() {
    }
}

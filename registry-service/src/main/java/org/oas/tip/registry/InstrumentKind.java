package org.oas.tip.registry;

/** The kinds of national instrument the registry keeps (the inventories of the progress report's appendices). */
public enum InstrumentKind {
    INTER_AGENCY_BODY, LAW, NATIONAL_POLICY, PLAN, REPORTING_CHANNEL, PROTOCOL, SPECIALIZED_UNIT, INFORMATION_SYSTEM,
    SHELTER, DIAGNOSTIC_ASSESSMENT, STATISTICAL_REPORT, WEBSITE, PROMISING_PRACTICE
}

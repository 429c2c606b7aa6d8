package org.oas.tip.registry;

import java.time.LocalDate;

/**
 * The one definition of "in force at date D", shared by the registry's {@code inForceAt} filter (as SQL) and Java
 * callers: not withdrawn, not ended or repealed on or before D, and D's year within the planned period
 * (yearStart <= year(D) <= yearEnd, an open end counting as still running).
 */
public final class InForce {

    /** The SQL of the rule over {@code instrument i}, with parameters {@code :inForceAt} (date) and {@code :inForceYear}. */
    public static final String SQL = "(i.status <> 'WITHDRAWN' and not (i.status in ('ENDED', 'REPEALED') and i.status_date <= :inForceAt)"
            + " and i.year_start <= :inForceYear and (i.year_end is null or i.year_end >= :inForceYear))";

    private InForce() {
    }

    public static boolean at(LocalDate date, InstrumentStatus status, LocalDate statusDate, Integer yearStart, Integer yearEnd) {
        if (status == InstrumentStatus.WITHDRAWN) {
            return false;
        }
        if ((status == InstrumentStatus.ENDED || status == InstrumentStatus.REPEALED) && statusDate != null && !statusDate.isAfter(date)) {
            return false;
        }
        int year = date.getYear();
        return yearStart != null && yearStart <= year && (yearEnd == null || yearEnd >= year);
    }

    public static boolean at(LocalDate date, Instrument i) {
        return at(date, i.status, i.statusDate, i.yearStart, i.yearEnd);
    }
}

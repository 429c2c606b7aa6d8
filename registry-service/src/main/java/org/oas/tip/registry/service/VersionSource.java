package org.oas.tip.registry.service;

import org.oas.tip.registry.InstrumentVersion;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where a content version comes from and from which date it is valid: a direct entry from the day it is made, a
 * cycle's publication (or an amendment of it) from the cycle's reference date.
 */
public record VersionSource(InstrumentVersion.Origin origin, String cycle, LocalDate validFrom) {

    public static VersionSource direct() {
        return new VersionSource(InstrumentVersion.Origin.DIRECT_ENTRY, null, LocalDate.now(ZoneOffset.UTC));
    }

    public static VersionSource cycle(String cycle, LocalDate referenceDate, boolean amendment) {
        return new VersionSource(amendment ? InstrumentVersion.Origin.AMENDMENT : InstrumentVersion.Origin.CYCLE, cycle, referenceDate);
    }
}

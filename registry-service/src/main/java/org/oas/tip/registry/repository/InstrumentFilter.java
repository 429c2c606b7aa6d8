package org.oas.tip.registry.repository;

import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.instrument.ChannelAttributes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a list or search is narrowed to. Null means "any". {@code restrictedAllOf} / {@code restrictedOf} say which
 * restricted instruments the caller may see: all, those of one country, or none. {@code asOf} / {@code cycle} read
 * versions instead of the current rows; {@code tombstones} shows withdrawn ones to a caller who may not read them as
 * tombstones only.
 */
public record InstrumentFilter(
        List<String> countries,
        Subregion subregion,
        List<InstrumentKind> kinds,
        ChannelAttributes.ChannelType channelType,
        List<ChannelAttributes.Feature> features,
        Instrument.UnitSphere sphere,
        Integer yearFrom,
        Integer yearTo,
        LocalDate inForceAt,
        Boolean verified,
        Boolean foundOnline,
        String text,
        boolean restrictedAll,
        String restrictedOf,
        List<InstrumentStatus> statuses,
        OffsetDateTime updatedAfter,
        LocalDate asOf,
        String cycle,
        boolean seesWithdrawn) {

    /** Whether this reads versions (asOf or cycle) rather than the current rows. */
    public boolean readsVersions() {
        return asOf != null || cycle != null;
    }

    /** Whether withdrawn rows this caller may not read appear as tombstones. */
    public boolean tombstones() {
        return !seesWithdrawn && statuses.contains(InstrumentStatus.WITHDRAWN);
    }

    /** Whether the caller may read a restricted instrument of this country (and its history). */
    public boolean seesRestrictedOf(String country) {
        return restrictedAll || (restrictedOf != null && restrictedOf.equals(country));
    }
}

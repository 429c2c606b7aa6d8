package org.oas.tip.registry.repository;

import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.instrument.ChannelAttributes;

import java.time.LocalDate;
import java.util.List;

/**
 * What a list or search is narrowed to. Null means "any". {@code restrictedAllOf} / {@code restrictedOf} say which
 * restricted instruments the caller may see: all, those of one country, or none.
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
        String restrictedOf) {
}

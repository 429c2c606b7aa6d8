package org.oas.tip.registry.service;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.registry.Confidentiality;
import org.oas.tip.registry.Country;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.instrument.ChannelAttributes.ChannelType;
import org.oas.tip.registry.instrument.ChannelAttributes.Feature;
import org.oas.tip.registry.mapping.DirectoryEntry;
import org.oas.tip.registry.repository.CountryRepository;
import org.oas.tip.registry.repository.InstrumentRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public directory of reporting channels (what a victim or a witness needs: where to call, and what the line
 * offers). Cached briefly: it is the registry's most read page, and instrument writes clear the cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryService {

    public static final String CACHE = "channel-directory";

    private final InstrumentRepository instruments;
    private final CountryRepository countries;

    public DirectoryService(InstrumentRepository instruments, CountryRepository countries) {
        this.instruments = instruments;
        this.countries = countries;
    }

    /**
     * @param country ISO code, or "" for every country
     * @param type    a channel type's name, or "" for every type (cache keys cannot be null)
     */
    @CacheResult(cacheName = CACHE)
    public List<DirectoryEntry> channels(String country, String type) {
        // where to call now: not withdrawn, and not a line that has ended or been repealed
        StringBuilder query = new StringBuilder("kind = ?1 and confidentiality = ?2 and status <> ?3"
                + " and not (status in ?4 and statusDate <= ?5)");
        List<Object> params = new ArrayList<>(List.of(InstrumentKind.REPORTING_CHANNEL, Confidentiality.PUBLIC, InstrumentStatus.WITHDRAWN,
                List.of(InstrumentStatus.ENDED, InstrumentStatus.REPEALED), LocalDate.now(ZoneOffset.UTC)));
        if (!country.isEmpty()) {
            params.add(country);
            query.append(" and country = ?").append(params.size());
        }
        if (!type.isEmpty()) {
            params.add(ChannelType.valueOf(type));
            query.append(" and channel.channelType = ?").append(params.size());
        }
        Map<String, List<DirectoryEntry.Channel>> byCountry = new LinkedHashMap<>();
        instruments.list(query + " order by country, channel.channelType, id", params.toArray())
                .forEach(i -> byCountry.computeIfAbsent(i.country, c -> new ArrayList<>()).add(channel(i)));
        Map<String, String> names = new LinkedHashMap<>();
        countries.listAll().forEach((Country c) -> names.put(c.iso3, c.nameEn));
        return byCountry.entrySet().stream()
                .map(e -> new DirectoryEntry(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
    }

    private static DirectoryEntry.Channel channel(Instrument i) {
        Set<Feature> offered = EnumSet.noneOf(Feature.class);
        if (i.channel != null && i.channel.features != null) {
            Arrays.stream(i.channel.features).map(Feature::valueOf).forEach(offered::add);
        }
        Map<Feature, Boolean> core = new EnumMap<>(Feature.class);
        Feature.CORE.forEach(f -> core.put(f, offered.contains(f)));
        Set<Feature> other = EnumSet.copyOf(offered.isEmpty() ? EnumSet.noneOf(Feature.class) : offered);
        other.removeAll(Feature.CORE);
        return new DirectoryEntry.Channel(i.id, i.channel == null ? null : i.channel.channelType, i.title, i.titleEn,
                i.channel == null ? null : i.channel.contact, i.institution, i.channel == null ? null : i.channel.channelTopic,
                core, (int) core.values().stream().filter(Boolean::booleanValue).count(), other);
    }
}

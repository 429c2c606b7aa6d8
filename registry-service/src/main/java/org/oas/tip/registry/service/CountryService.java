package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.Country;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.mapping.CountryMapper;
import org.oas.tip.registry.mapping.CountryUpdate;
import org.oas.tip.registry.mapping.CountryView;
import org.oas.tip.registry.repository.CountryRepository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules for reading and curating the list of member states. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryService {

    private final CountryRepository countries;

    public CountryService(CountryRepository countries) {
        this.countries = countries;
    }

    public List<CountryView> list(Subregion subregion, Boolean active) {
        return countries.search(subregion, active).stream().map(CountryMapper::toView).toList();
    }

    public Optional<Versioned<CountryView>> find(String iso3) {
        return countries.findByIdOptional(iso3.toUpperCase(Locale.ROOT))
                .map(c -> new Versioned<>(CountryMapper.toView(c), c.version));
    }

    /**
     * Replaces a country's names, subregion and participation.
     *
     * @param expectedVersion the version the caller read (from If-Match); a stale one is refused
     */
    @Transactional
    public Versioned<CountryView> update(String iso3, long expectedVersion, @Valid CountryUpdate update) {
        Country country = countries.findByIdOptional(iso3.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> Problems.notFound("Country " + iso3));
        ETags.requireVersion(country.version, expectedVersion);
        CountryMapper.apply(update, country);
        countries.flush();
        return new Versioned<>(CountryMapper.toView(country), country.version);
    }
}

package org.oas.tip.analytics.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.oas.tip.analytics.PopulationFigure;
import org.oas.tip.analytics.mapping.PopulationInput;
import org.oas.tip.analytics.mapping.PopulationMapper;
import org.oas.tip.analytics.mapping.PopulationView;
import org.oas.tip.analytics.repository.PopulationRepository;
import org.oas.tip.defaults.Problems;

import java.util.List;
import java.util.Locale;

/** Rules for the population figures that SDG 16.2.2 divides by. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PopulationService {

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    private final PopulationRepository figures;

    public PopulationService(PopulationRepository figures) {
        this.figures = figures;
    }

    public List<PopulationView> list(String country, Integer year) {
        return figures.search(country == null ? null : country.toUpperCase(Locale.ROOT), year).stream()
                .map(PopulationMapper::toView).toList();
    }

    /** The outcome of storing a figure: whether it was new. */
    public record Stored(PopulationView figure, boolean created) {
    }

    /** Stores or replaces the figure of a country and year. */
    @Transactional
    public Stored put(String country, int year, @Valid PopulationInput input) {
        String iso3 = country.toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}")) {
            throw Problems.invalid("country", "must be an ISO 3166-1 alpha-3 code");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Problems.invalid("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        PopulationFigure figure = figures.findByIdOptional(new PopulationFigure.Key(iso3, year)).orElse(null);
        boolean created = figure == null;
        if (created) {
            figure = new PopulationFigure();
            figure.country = iso3;
            figure.year = year;
        }
        figure.population = input.population();
        figure.source = input.source();
        figures.persist(figure);
        return new Stored(PopulationMapper.toView(figure), created);
    }
}

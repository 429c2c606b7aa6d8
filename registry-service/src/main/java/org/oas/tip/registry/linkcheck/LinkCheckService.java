package org.oas.tip.registry.linkcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.registry.repository.CountryRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accepts link-check jobs (the secretariat's, one at a time) and shows them to the secretariat and analysts. */
@ApplicationScoped
@Transactional
public class LinkCheckService {

    private static final String ONE_ACTIVE = "link_check_one_active";

    private final LinkCheckRepository jobs;
    private final CountryRepository countries;
    private final LinkCheckConfig config;

    public LinkCheckService(LinkCheckRepository jobs, CountryRepository countries, LinkCheckConfig config) {
        this.jobs = jobs;
        this.countries = countries;
        this.config = config;
    }

    /** A new QUEUED job over one country's instruments (or every country's when {@code country} is null). */
    public LinkCheckView accept(String country, Caller caller) {
        if (!caller.isAdmin()) {
            throw Problems.forbidden("Only the secretariat starts link checks");
        }
        String iso3 = country(country);
        if (!config.enabled()) {
            throw Problems.conflict("Link checks are switched off here (tip.registry.link-check.enabled=false)");
        }
        jobs.active().ifPresent(running -> {
            throw busy(running.id);
        });
        LinkCheck job = new LinkCheck();
        job.status = LinkCheck.Status.QUEUED;
        job.country = iso3;
        job.startedBy = caller.subject();
        job.client = caller.client();
        job.actorCountry = caller.country();
        job.startedAt = OffsetDateTime.now();
        job.total = (int) jobs.countTargets(iso3, jobs.lastTarget(iso3));
        try {
            jobs.persistAndFlush(job);
        } catch (PersistenceException e) {
            // another request started one between our check and our insert
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException c && ONE_ACTIVE.equals(c.getConstraintName())) {
                    throw busy(null);
                }
            }
            throw e;
        }
        return LinkCheckView.of(job);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LinkCheckView> find(long id) {
        return jobs.findByIdOptional(id).map(LinkCheckView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LinkCheckView> newestFirst(int limit) {
        return jobs.newestFirst(limit).stream().map(LinkCheckView::of).toList();
    }

    private String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        // refused, not trimmed: " ARG" is not a country code
        String iso3 = country.toUpperCase(Locale.ROOT);
        if (!iso3.matches("[A-Z]{3}") || countries.findByIdOptional(iso3).isEmpty()) {
            throw Problems.invalidParameter("country", "must be the ISO 3166-1 alpha-3 code of a member state, e.g. ARG");
        }
        return iso3;
    }

    private static RuntimeException busy(Long running) {
        return Problems.conflict((running == null ? "A link check" : "Link check " + running)
                + " is already queued or running; one runs at a time. Follow it, then start another.");
    }
}

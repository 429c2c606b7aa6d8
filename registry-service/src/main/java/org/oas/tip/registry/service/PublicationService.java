package org.oas.tip.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.CyclePublication;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationResult;
import org.oas.tip.registry.repository.CountryRepository;
import org.oas.tip.registry.repository.CyclePublicationRepository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * The bulk reconcile of one accepted response, in one transaction: checks every entry first (nothing is stored when
 * one is wrong), then applies them; the result is kept under the publication's key, so a replay returns it.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    private final CyclePublicationRepository publications;
    private final CountryRepository countries;
    private final PublicationPlanner planner;
    private final PublicationApplier applier;
    private final ObjectMapper json;

    PublicationService(CyclePublicationRepository publications, CountryRepository countries, PublicationPlanner planner,
                       PublicationApplier applier, ObjectMapper json) {
        this.publications = publications;
        this.countries = countries;
        this.planner = planner;
        this.applier = applier;
        this.json = json;
    }

    @CacheInvalidateAll(cacheName = DirectoryService.CACHE)
    public PublicationResult publish(PublicationRequest request, Caller caller) {
        if (request == null) {
            throw Problems.invalid("body", "a publication is required");
        }
        List<Violation> wrong = new java.util.ArrayList<>(PublicationShape.violations(request));
        if (request.country() != null && request.country().matches("[A-Z]{3}") && countries.findByIdOptional(request.country()).isEmpty()) {
            wrong.add(Violation.body("country", "unknown country " + request.country()));
        }
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
        String hash = hash(request);
        publications.lockCountryOfCycle(request.cycle(), request.country());
        CyclePublication earlier = publications.findById(request.key());
        if (earlier != null) {
            if (!earlier.requestHash.equals(hash)) {
                throw HttpProblem.builder().withStatus(422).withTitle("Unprocessable Content")
                        .withDetail("Publication " + request.key() + " was already made with a different body").build();
            }
            return read(earlier.result);
        }
        List<PlannedEntry> plans = planner.plan(request);
        PublicationResult result = new PublicationResult(request.key(), request.cycle(), request.country(),
                applier.apply(request, plans, caller));
        CyclePublication stored = new CyclePublication();
        stored.publicationKey = request.key();
        stored.requestHash = hash;
        stored.cycle = request.cycle();
        stored.country = request.country();
        stored.result = write(result);
        stored.subject = caller.subject();
        stored.client = caller.client();
        stored.createdAt = OffsetDateTime.now();
        publications.persist(stored);
        return result;
    }

    private String hash(PublicationRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a publication could not be hashed", e);
        }
    }

    private String write(PublicationResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a publication result could not be written as JSON", e);
        }
    }

    private PublicationResult read(String stored) {
        try {
            return json.readValue(stored, PublicationResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored publication result is not readable JSON", e);
        }
    }
}

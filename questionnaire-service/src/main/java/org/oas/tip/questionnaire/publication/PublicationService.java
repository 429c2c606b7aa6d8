package org.oas.tip.questionnaire.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the secretariat and analysts see of the outbox, and the secretariat's retry of a refused publication. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicationService {

    private final PublicationRepository outbox;
    private final InstrumentPublicationRepository legacy;
    private final PublicationMapper mapper;

    public PublicationService(PublicationRepository outbox, InstrumentPublicationRepository legacy, PublicationMapper mapper) {
        this.outbox = outbox;
        this.legacy = legacy;
        this.mapper = mapper;
    }

    /** The response publications, without their bodies, filtered by any of status, cycle and country. */
    public List<PublicationView> list(String status, String cycle, String country) {
        return outbox.search(status(status), blankToNull(cycle), country(country)).stream().map(p -> mapper.toView(p, false)).toList();
    }

    public Optional<PublicationView> get(long id) {
        return outbox.findByIdOptional(id).map(p -> mapper.toView(p, true));
    }

    public List<LegacyPublicationView> legacy(String cycle, String country) {
        return legacy.search(blankToNull(cycle), country(country)).stream().map(LegacyPublicationView::of).toList();
    }

    public PublicationSummary summary() {
        Optional<OffsetDateTime> oldest = outbox.oldestPendingSince();
        return new PublicationSummary(outbox.countByStatus(), oldest.orElse(null),
                oldest.map(since -> Math.max(0, Duration.between(since, OffsetDateTime.now()).toSeconds())).orElse(null));
    }

    /** Puts a FAILED publication back to PENDING, due now: after the registry was corrected (else amend the answers). */
    @Transactional
    public PublicationView retry(long id) {
        Publication publication = outbox.findByIdOptional(id).orElseThrow(() -> Problems.notFound("Publication " + id));
        if (publication.status != Publication.Status.FAILED) {
            throw Problems.conflict("Publication " + id + " is " + publication.status + "; only a FAILED one is retried");
        }
        if (publication.attempts == 0) {
            // refused before sending: its body lacks the entries that could not be built, so sending it would be partial
            throw Problems.conflict("Publication " + id + " was never sent: " + publication.lastError
                    + "; amend the accepted answers (PATCH .../accepted-answers) instead");
        }
        if (!outbox.retry(id)) {
            throw Problems.conflict("Publication " + id + " changed meanwhile; read it again");
        }
        outbox.getEntityManager().refresh(publication);
        return mapper.toView(publication, false);
    }

    private static Publication.Status status(String status) {
        return QueryParams.exactlyOneOf("status", status, Publication.Status.class);
    }

    private static String country(String country) {
        return country == null || country.isBlank() ? null : country.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

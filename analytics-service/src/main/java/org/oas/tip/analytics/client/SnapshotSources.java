package org.oas.tip.analytics.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oas.tip.analytics.indicator.CodedAnswerRecord;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.sdg.VictimCount;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Pulls everything a snapshot holds from the registry and the questionnaire service, page by page. */
@ApplicationScoped
public class SnapshotSources {

    static final int PAGE_SIZE = 500;
    /** A registry that keeps answering with a next cursor is broken; stop rather than loop forever. */
    static final int MAX_PAGES = 10_000;

    private final RegistryClient registry;
    private final QuestionnaireClient questionnaire;

    public SnapshotSources(@RestClient RegistryClient registry, @RestClient QuestionnaireClient questionnaire) {
        this.registry = registry;
        this.questionnaire = questionnaire;
    }

    /**
     * The cycle's data as of now: its respondents' answers and the instruments the cycle established in the registry
     * (not those of later cycles or later desk research, so a past cycle's figures do not move); {@code pageRead} hears of each page (assignments, coded answers, each respondent's
     * answers, instrument pages, countries).
     */
    public Snapshot pull(String cycle, IntConsumer pageRead) {
        // the questionnaire first: an unknown cycle fails before the long registry pull
        List<String> respondents = questionnaire.assignments(cycle).stream()
                .filter(a -> "ACCEPTED".equals(a.status())).map(QuestionnaireClient.Assignment::country).distinct().sorted()
                .toList();
        int pages = 1;
        pageRead.accept(pages);
        List<CodedAnswerRecord> answers = questionnaire.codedAnswers(cycle);
        pageRead.accept(++pages);
        List<VictimCount> victims = new ArrayList<>();
        for (String country : respondents) {
            victims.addAll(DetectedVictims.of(country, questionnaire.assignment(cycle, country).answers()));
            pageRead.accept(++pages);
        }
        List<InstrumentRecord> instruments = new ArrayList<>();
        String cursor = null;
        do {
            RegistryClient.InstrumentPage page = registry.instruments(cycle, PAGE_SIZE, cursor);
            if (page.items() != null) {
                instruments.addAll(page.items());
            }
            cursor = page.next();
            pageRead.accept(++pages);
            if (pages > MAX_PAGES) {
                throw new IllegalStateException("the registry's instrument list did not end after " + MAX_PAGES + " pages");
            }
        } while (cursor != null && !cursor.isBlank());
        Map<String, String> names = new LinkedHashMap<>();
        for (RegistryClient.Country c : registry.countries()) {
            if (c.iso3() != null) {
                names.put(c.iso3(), c.nameEn() == null ? c.iso3() : c.nameEn());
            }
        }
        pageRead.accept(++pages);
        // the database keeps microseconds; the content must say the same instant as the column
        return new Snapshot(cycle, Instant.now().truncatedTo(ChronoUnit.MILLIS), instruments, answers, respondents, names,
                victims, List.of());
    }
}

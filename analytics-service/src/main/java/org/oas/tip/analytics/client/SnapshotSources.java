package org.oas.tip.analytics.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oas.tip.analytics.indicator.CodedAnswerRecord;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.RawAnswerRecord;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.sdg.VictimCount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/** Pulls everything a snapshot holds from the registry and the questionnaire service, page by page. */
@ApplicationScoped
public class SnapshotSources {

    static final int PAGE_SIZE = 500;
    /** Accepted answers per page: whole answer documents, so fewer than instruments (the questionnaire service allows 1-200). */
    static final int ANSWER_PAGE_SIZE = 50;
    /** A source that keeps answering with a next cursor is broken; stop rather than loop forever. */
    static final int MAX_PAGES = 10_000;

    private final RegistryClient registry;
    private final QuestionnaireClient questionnaire;

    public SnapshotSources(@RestClient RegistryClient registry, @RestClient QuestionnaireClient questionnaire) {
        this.registry = registry;
        this.questionnaire = questionnaire;
    }

    /**
     * The cycle's data as of now: its reference date (frozen, so the snapshot is always read at it), its respondents' accepted
     * answers (page by page, each page's documents dropped once read) and coded answers, and the instruments the cycle
     * established in the registry (not those of later cycles or later desk research, so a past cycle's figures do not
     * move), each with why the cycle holds it; each respondent's raw answers to closed and structured items are read along
     * the questionnaire definition its assignment answers (read once per version); {@code pageRead} hears of each page
     * (the cycle, coded answers, accepted-answer pages, each definition, instrument pages, countries).
     */
    public Snapshot pull(String cycle, IntConsumer pageRead) {
        // the questionnaire first: an unknown cycle fails before the long registry pull; the reference date is read once
        LocalDate referenceDate = questionnaire.cycle(cycle).referenceDate();
        int pages = 1;
        pageRead.accept(pages);
        List<CodedAnswerRecord> answers = questionnaire.codedAnswers(cycle);
        pageRead.accept(++pages);
        Set<String> respondents = new TreeSet<>();
        List<VictimCount> victims = new ArrayList<>();
        List<RawAnswerRecord> raw = new ArrayList<>();
        Map<String, QuestionnaireDefinition> definitions = new HashMap<>();
        String answerCursor = null;
        do {
            QuestionnaireClient.AcceptedAnswersPage page = questionnaire.acceptedAnswers(cycle, ANSWER_PAGE_SIZE, answerCursor);
            pageRead.accept(++pages);
            for (QuestionnaireClient.AcceptedAnswers assignment : page.items() == null
                    ? List.<QuestionnaireClient.AcceptedAnswers>of() : page.items()) {
                // the service gives only ACCEPTED ones; a country given twice (a page boundary moved) counts once
                if (assignment.country() == null || !"ACCEPTED".equals(assignment.status())
                        || !respondents.add(assignment.country())) {
                    continue;
                }
                String country = assignment.country();
                victims.addAll(DetectedVictims.of(country, assignment.answers()));
                if (assignment.questionnaire() != null && assignment.questionnaireVersion() != null
                        && hasAnswers(assignment.answers())) {
                    String key = assignment.questionnaire() + "/" + assignment.questionnaireVersion();
                    QuestionnaireDefinition definition = definitions.get(key);
                    if (definition == null) {
                        definition = questionnaire.definition(assignment.questionnaire(), assignment.questionnaireVersion());
                        definitions.put(key, definition);
                        pageRead.accept(++pages);
                    }
                    raw.addAll(RawAnswers.of(country, definition, assignment.answers()));
                }
            }
            answerCursor = page.next();
            if (pages > MAX_PAGES) {
                throw new IllegalStateException("the accepted answers did not end after " + MAX_PAGES + " pages");
            }
        } while (answerCursor != null && !answerCursor.isBlank());
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
        return new Snapshot(cycle, Instant.now().truncatedTo(ChronoUnit.MILLIS), instruments, answers,
                List.copyOf(respondents), names, victims, List.of(), raw, referenceDate, "cycle=" + cycle);
    }

    /** An empty document (the 2015-2018 assignments, whose answers were coded from the CSV) needs no definition. */
    private static boolean hasAnswers(JsonNode answers) {
        return answers != null && answers.isObject() && !answers.isEmpty();
    }
}

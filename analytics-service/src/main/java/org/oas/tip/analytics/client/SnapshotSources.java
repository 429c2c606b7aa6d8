package org.oas.tip.analytics.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oas.tip.analytics.indicator.CodedAnswerRecord;
import org.oas.tip.analytics.indicator.InstrumentRecord;
import org.oas.tip.analytics.indicator.RawAnswerRecord;
import org.oas.tip.analytics.indicator.Snapshot;
import org.oas.tip.analytics.sdg.VictimCount;
import org.oas.tip.defaults.RequestIdLogging;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/** Pulls everything a snapshot holds from the registry and the questionnaire service, page by page. */
@ApplicationScoped
public class SnapshotSources {

    /** Instruments a "page" of the job's progress counter (the registry's largest page of a cycle read). */
    static final int PAGE_SIZE = 1000;
    /** Accepted answers per page: whole answer documents, so fewer than instruments (the questionnaire service allows 1-200). */
    static final int ANSWER_PAGE_SIZE = 50;
    private static final String REGISTRY = "registry";
    private static final String QUESTIONNAIRE = "questionnaire service";

    /** Streams that read a cycle's instruments at once. */
    static final int STREAMS = 2;
    /** A source that keeps answering with a next cursor is broken; stop rather than loop forever. */
    static final int MAX_PAGES = 10_000;

    private final RegistryClient registry;
    private final QuestionnaireClient questionnaire;

    private final ManagedExecutor executor;
    /** Reads the registry's instruments, one a line, with the service's mapper (as its REST client reads pages). */
    private final ObjectReader line;

    public SnapshotSources(@RestClient RegistryClient registry, @RestClient QuestionnaireClient questionnaire,
                           ManagedExecutor executor, ObjectMapper json) {
        this.line = json.readerFor(InstrumentRecord.class);
        this.registry = registry;
        this.questionnaire = questionnaire;
        this.executor = executor;
    }

    /**
     * The cycle's data as of now: its reference date (frozen, so the snapshot is always read at it), its respondents' accepted
     * answers (page by page, each page's documents dropped once read) and coded answers, and the instruments the cycle
     * established in the registry (not those of later cycles or later desk research, so a past cycle's figures do not
     * move), each with why the cycle holds it; each respondent's raw answers to closed and structured items are read along
     * the questionnaire definition its assignment answers (read once per version); {@code pageRead} hears of each page
     * (the cycle, coded answers, accepted-answer pages, each definition, countries, instrument pages).
     */
    public Snapshot pull(String cycle, IntConsumer pageRead) {
        // the questionnaire first: an unknown cycle fails before the long registry pull; the reference date is read once
        LocalDate referenceDate = SourceFailure.calling(QUESTIONNAIRE, () -> questionnaire.cycle(cycle)).referenceDate();
        int pages = 1;
        pageRead.accept(pages);
        List<CodedAnswerRecord> answers = SourceFailure.calling(QUESTIONNAIRE, () -> questionnaire.codedAnswers(cycle));
        pageRead.accept(++pages);
        Set<String> respondents = new TreeSet<>();
        List<VictimCount> victims = new ArrayList<>();
        List<RawAnswerRecord> raw = new ArrayList<>();
        Map<String, QuestionnaireDefinition> definitions = new HashMap<>();
        String answerCursor = null;
        do {
            String after = answerCursor;
            QuestionnaireClient.AcceptedAnswersPage page = SourceFailure.calling(QUESTIONNAIRE,
                    () -> questionnaire.acceptedAnswers(cycle, ANSWER_PAGE_SIZE, after));
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
                        definition = SourceFailure.calling(QUESTIONNAIRE,
                                () -> questionnaire.definition(assignment.questionnaire(), assignment.questionnaireVersion()));
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
        Map<String, String> names = new LinkedHashMap<>();
        for (RegistryClient.Country c : SourceFailure.calling(REGISTRY, registry::countries)) {
            if (c.iso3() != null) {
                names.put(c.iso3(), c.nameEn() == null ? c.iso3() : c.nameEn());
            }
        }
        pageRead.accept(++pages);
        List<InstrumentRecord> instruments = instruments(cycle, List.copyOf(names.keySet()), new PageCounter(pages, pageRead));
        // the database keeps microseconds; the content must say the same instant as the column
        return new Snapshot(cycle, Instant.now().truncatedTo(ChronoUnit.MILLIS), instruments, answers,
                List.copyOf(respondents), names, victims, List.of(), raw, referenceDate, "cycle=" + cycle);
    }

    /**
     * The instruments the cycle established, in id order: the registry's JSON Lines read of the cycle, parsed as it arrives
     * (the registry writes while this service reads; neither holds the response whole), in {@value #STREAMS} streams at
     * once, each over a share of the member states (every instrument belongs to one of {@code countries}: the registry
     * keeps its country as a foreign key). {@code pages} hears of every {@value #PAGE_SIZE} instruments read. A stream that
     * fails stops the others, and its failure is the pull's; a read the registry broke off fails, never ends early.
     */
    private List<InstrumentRecord> instruments(String cycle, List<String> countries, PageCounter pages) {
        AtomicBoolean failed = new AtomicBoolean();
        List<List<InstrumentRecord>> read = new ArrayList<>();
        List<CompletableFuture<Void>> streams = new ArrayList<>();
        // (no country known: one stream over every country)
        for (List<String> share : countries.isEmpty() ? List.<List<String>>of(List.of()) : shares(countries, STREAMS)) {
            List<InstrumentRecord> stream = new ArrayList<>();
            read.add(stream);
            streams.add(executor.runAsync(RequestIdLogging.carrying(() -> {
                try {
                    read(cycle, share, failed, pages, stream);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            })));
        }
        try {
            // every stream has ended (a failed one stops the others after their current item) before the pull answers,
            // so none reports a page after the job's end
            CompletableFuture.allOf(streams.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        List<InstrumentRecord> all = new ArrayList<>();
        read.forEach(all::addAll);
        all.sort(Comparator.comparingLong(InstrumentRecord::id));
        return all;
    }

    /**
     * One stream: the cycle's instruments of {@code share} (empty: every country) into {@code read}, until the end or until
     * another stream fails.
     */
    private void read(String cycle, List<String> share, AtomicBoolean failed, PageCounter pages, List<InstrumentRecord> read) {
        try (InputStream in = SourceFailure.calling(REGISTRY, () -> registry.instrumentLines(cycle, share.isEmpty() ? null : share));
             MappingIterator<InstrumentRecord> lines = line.readValues(in)) {
            while (!failed.get() && lines.hasNextValue()) {
                read.add(lines.nextValue());
                if (read.size() % PAGE_SIZE == 0) {
                    pages.read();
                }
            }
        } catch (IOException | ProcessingException e) {
            throw SourceFailure.brokeOff(REGISTRY, e);
        }
        pages.read();
    }

    /** {@code countries} dealt out in turn into {@code n} shares (fewer when there are fewer countries). */
    static List<List<String>> shares(List<String> countries, int n) {
        List<List<String>> shares = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            if (i < n) {
                shares.add(new ArrayList<>());
            }
            shares.get(i % n).add(countries.get(i));
        }
        return shares;
    }

    /** Counts the pages read, from any stream, and tells {@code pageRead} of each in order; refuses a source that never ends. */
    private static final class PageCounter {

        private final IntConsumer pageRead;
        private int pages;

        PageCounter(int pages, IntConsumer pageRead) {
            this.pages = pages;
            this.pageRead = pageRead;
        }

        synchronized void read() {
            pageRead.accept(++pages);
            if (pages > MAX_PAGES) {
                throw new IllegalStateException("the registry's instrument list did not end after " + MAX_PAGES + " pages");
            }
        }
    }

    /** An empty document (the 2015-2018 assignments, whose answers were coded from the CSV) needs no definition. */
    private static boolean hasAnswers(JsonNode answers) {
        return answers != null && answers.isObject() && !answers.isEmpty();
    }
}

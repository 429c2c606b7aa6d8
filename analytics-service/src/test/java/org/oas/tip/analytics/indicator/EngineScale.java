package org.oas.tip.analytics.indicator;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A benchmark, not a test (run by {@code bench/analytics-engine.sh}): times {@code Engine.computeAll}, every indicator of
 * the catalogue, on the repository's 2015-2018 baseline and on synthetic snapshots of the given multiples of it (33
 * countries, about 350 instruments and 480 coded answers per 1x), and prints the median of several warm runs and the
 * time per 1,000 records, which stays flat when the work grows linearly. Each multiple is timed twice: all answers
 * coded, then every other country's answers raw (as a new cycle's structured answers are) and a code overriding one raw
 * answer of each of those countries.
 */
public final class EngineScale {

    private static final String[] MODELS = {"SOLE", "COLLEGIATE", "COLLEGIATE", "HYBRID"};
    private static final String[] PATHS = {"COMPREHENSIVE_LAW", "AMENDING_LAW", "CRIMINAL_CODE", null};
    private static final String[] CHANNELS = {"DEDICATED_TIP_LINE", "POLICE_LINE", "THEMATIC_LINE", "EMERGENCY_911",
        "MINISTRY_LINE", "JUSTICE_LINE", "WEBSITE", "EMAIL", "APP", "SOCIAL_MEDIA", "IN_PERSON"};
    private static final String[] FEATURES = {"FREE", "ANONYMOUS", "EASY_TO_REMEMBER", "SPECIALIZED_STAFF",
        "REFERRAL_CONNECTED", "MULTILINGUAL", "H24", "TTY", "TEXT_CHAT"};
    private static final String[] PROTOCOLS = {"CRIMINAL_INVESTIGATION", "VICTIM_ASSISTANCE", "VICTIM_ASSISTANCE",
        "DETECTION_RESPONSE", "CONSULAR", "SUPRANATIONAL"};
    private static final String[] SPHERES = {"POLICE", "POLICE", "PROSECUTOR", "JUDICIAL", "MULTI_AGENCY"};
    private static final String[] TOPICS = {"women", "domestic violence", "labour", "children", null};
    private static final String[] PROVIDERS = {"STATE", "NGO", "BOTH"};
    private static final String[] VARIABLES = {"AGE", "SEX", "SOCIOECONOMIC_LEVEL", "MIGRATION_STATUS", "NATIONALITY"};
    private static final String[] FLOWS = {"INTERNAL", "INTRA_REGIONAL", "INTER_REGIONAL"};
    private static final String[] STRATEGIES = {"REACTIVE", "PROACTIVE", "DISRUPTIVE", "FINANCIAL"};

    private EngineScale() {
    }

    public static void main(String[] args) throws IOException {
        Engine engine = new Engine();
        int[] factors = args.length == 0 ? new int[] {1, 10, 100} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%-28s %9s %12s %8s %10s %17s%n", "snapshot", "countries", "instruments", "answers", "median ms",
                "ms per 1k records");
        if (Files.exists(BaselineSnapshot.ANSWERS)) {
            time(engine, "repository baseline", BaselineSnapshot.build(), 31);
        }
        for (int factor : factors) {
            Snapshot coded = synthetic(factor, 42);
            time(engine, "synthetic " + factor + "x", coded, factor >= 100 ? 7 : 21);
            time(engine, "synthetic " + factor + "x, half raw", halfRaw(coded), factor >= 100 ? 7 : 21);
        }
    }

    private static void time(Engine engine, String name, Snapshot snapshot, int runs) {
        for (int i = 0; i < Math.max(3, 40_000 / (snapshot.instruments().size() + 1)); i++) {
            engine.computeAll(snapshot); // warm-up: class loading and the JIT, longer for small snapshots
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.computeAll(snapshot);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        int answers = snapshot.codedAnswers().size() + snapshot.rawAnswers().size();
        int records = snapshot.instruments().size() + answers;
        System.out.printf("%-28s %9d %12d %8d %10.2f %17.3f%n", name, snapshot.respondents().size(),
                snapshot.instruments().size(), answers, ms[runs / 2], ms[runs / 2] * 1000 / records);
    }

    /** {@code factor} x 33 countries, each with about 10.6 instruments and 15 coded answers of the baseline's kinds. */
    static Snapshot synthetic(int factor, long seed) {
        Random random = new Random(seed);
        List<InstrumentRecord> instruments = new ArrayList<>();
        List<CodedAnswerRecord> answers = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Fixtures.World world = new Fixtures.World();
        long[] ids = {1, 1};
        for (int c = 0; c < 33 * factor; c++) {
            String country = String.format("C%05d", c);
            names.put(country, "Country " + c);
            instrumentsOf(country, c, random, ids, instruments);
            answersOf(country, random, ids, world);
        }
        answers.addAll(world.snapshot().codedAnswers());
        return new Snapshot("2015-2018", Instant.parse("2019-02-01T00:00:00Z"), instruments, answers,
                new ArrayList<>(names.keySet()), names);
    }

    /**
     * The same data with the answers of every other country raw instead of coded, plus one code per such country on
     * A.chair_type (it overrides that country's raw chair).
     */
    static Snapshot halfRaw(Snapshot coded) {
        List<CodedAnswerRecord> kept = new ArrayList<>();
        List<RawAnswerRecord> raw = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (CodedAnswerRecord a : coded.codedAnswers()) {
            if (Integer.parseInt(a.country().substring(1)) % 2 == 0) {
                kept.add(a);
            } else {
                int i = index.merge(a.country() + a.linkId(), 1, Integer::sum) - 1;
                raw.add(new RawAnswerRecord(a.country(), a.linkId(), "/" + a.linkId().substring(0, 1) + "/" + a.linkId()
                        + "/" + i, a.value()));
                if (a.linkId().equals("A.chair_type")) {
                    kept.add(new CodedAnswerRecord(a.id(), a.country(), a.linkId(), null, a.value(), "bench"));
                }
            }
        }
        return new Snapshot(coded.cycle(), coded.takenAt(), coded.instruments(), kept, coded.respondents(),
                coded.countryNames()).withRawAnswers(raw);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void instrumentsOf(String country, int c, Random random, long[] ids, List<InstrumentRecord> out) {
        out.add(Fixtures.instrument(ids[0]++, country, "INTER_AGENCY_BODY").body(Fixtures.body(pick(random, MODELS))
                .chairPublicSecurity(random.nextBoolean()).institutions(5 + random.nextInt(20))
                .civilSociety(random.nextBoolean(), random.nextInt(8))).build());
        out.add(Fixtures.instrument(ids[0]++, country, "LAW").years(2000 + random.nextInt(19), null)
                .law(pick(random, PATHS)).build());
        int start = 2008 + random.nextInt(12);
        out.add(Fixtures.instrument(ids[0]++, country, c % 5 == 0 ? "NATIONAL_POLICY" : "PLAN")
                .years(start, random.nextInt(6) == 0 ? null : start + 1 + random.nextInt(6))
                .plan("PLAN_OF_ACTION", null, random.nextBoolean()).online(random.nextBoolean() ? "http://x" : null).build());
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            String[] features = random.ints(random.nextInt(4), 0, FEATURES.length).mapToObj(f -> FEATURES[f]).distinct()
                    .toArray(String[]::new);
            out.add(Fixtures.instrument(ids[0]++, country, "REPORTING_CHANNEL").channel(pick(random, CHANNELS),
                    pick(random, TOPICS), random.nextBoolean() ? "0800" : null, features).build());
        }
        for (int i = 0; i <= random.nextInt(2); i++) {
            out.add(Fixtures.instrument(ids[0]++, country, "PROTOCOL").protocol(pick(random, PROTOCOLS))
                    .years(2005 + random.nextInt(13), null).institution(random.nextBoolean() ? "Ministry of the Interior"
                            : "Public Prosecutor's Office").build());
        }
        out.add(Fixtures.instrument(ids[0]++, country, "SPECIALIZED_UNIT").unit(pick(random, SPHERES)).build());
        out.add(Fixtures.instrument(ids[0]++, country, "INFORMATION_SYSTEM").system(1 + random.nextInt(4)).build());
        if (c % 2 == 0) {
            out.add(Fixtures.instrument(ids[0]++, country, "SHELTER").shelter(pick(random, PROVIDERS), random.nextBoolean(),
                    random.nextBoolean()).build());
        }
        if (c % 3 == 0) {
            out.add(Fixtures.instrument(ids[0]++, country, "WEBSITE").build());
        }
        if (c % 2 == 1) {
            // kinds no indicator reads still make up the data the engine groups
            out.add(Fixtures.instrument(ids[0]++, country, "STATISTICAL_REPORT").years(2011, 2016).build());
        }
    }

    private static void answersOf(String country, Random random, long[] ids, Fixtures.World world) {
        world.answer(ids[1]++, country, "A.authority.model", pick(random, MODELS));
        world.answer(ids[1]++, country, "A.chair_type", random.nextBoolean() ? "MINISTRY_INTERIOR" : "MINISTRY_SECURITY");
        world.answer(ids[1]++, country, "A.authority.chair_public_security", random.nextBoolean());
        world.answer(ids[1]++, country, "A.authority.public_institution_count", 5 + random.nextInt(20));
        world.answer(ids[1]++, country, "B.incorporation", random.nextBoolean() ? "CONSTITUTION" : "LAW");
        world.answer(ids[1]++, country, "C.populations.identified", random.nextBoolean());
        world.answer(ids[1]++, country, "C.populations.variables", pick(random, VARIABLES));
        world.answer(ids[1]++, country, "C.populations.variables", pick(random, VARIABLES));
        world.answer(ids[1]++, country, "C.flows.types", pick(random, FLOWS));
        world.answer(ids[1]++, country, "C.flows.types", pick(random, FLOWS));
        world.answer(ids[1]++, country, "D.strategies", pick(random, STRATEGIES));
        world.answer(ids[1]++, country, "D.strategies", pick(random, STRATEGIES));
        world.answer(ids[1]++, country, "F.systems.model", String.valueOf(1 + random.nextInt(4)));
        world.answer(ids[1]++, country, "G.women_vulnerable", random.nextBoolean());
        world.answer(ids[1]++, country, "G.shelters_for_women", random.nextBoolean());
    }
}

package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Stats;
import org.oas.tip.bench.Text;

/**
 * (c) Publication across a registry outage, the parts before the registry is back (bench/questionnaire-registry-outage.sh
 * stops and restarts it between them): {@code outage-prepare} opens a cycle in which K countries submit (the sample + a
 * few phone lines each); {@code outage-accept}, with the registry down, accepts them and watches the outbox rows stay
 * PENDING while their attempts grow (exit status 1 when they do not). {@link OutageRecovery} follows the restart.
 *
 * <pre>
 * outage-prepare cycleFile [countries=20] [extraChannels=3]
 * outage-accept cycle [watchSeconds=30]
 * </pre>
 */
public final class RegistryOutage {

    private RegistryOutage() {
    }

    public static void prepare(Args args) throws Exception {
        Path cycleFile = args.path(0, "cycleFile");
        int countryCount = args.integer(1, 20);
        int extraChannels = args.integer(2, 3);
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        String cycle = api.openCycle("bench-outage");
        List<String> countries = api.countries(cycle).subList(0, countryCount);
        for (int i = 0; i < countries.size(); i++) {
            String path = api.assignment(cycle, countries.get(i));
            String document = StructuredSample.withChannels(i + 1, extraChannels);
            Response patch = api.send("PATCH", path + "/answers", document, "If-Match", api.get(path).expect(200).etag(),
                    "Content-Type", "application/merge-patch+json").expect(200);
            api.send("POST", path + "/submission", "{}", "If-Match", patch.etag(), "Idempotency-Key", cycle + "-" + countries.get(i),
                    "Content-Type", "application/json").expect(200);
        }
        System.out.printf("   cycle %s: %d countries submitted (the sample + %d extra phone lines each): %s%n", cycle, countries.size(),
                extraChannels, countries);
        Files.writeString(cycleFile, cycle);
    }

    public static void accept(Args args) throws Exception {
        String cycle = args.required(0, "cycle");
        int watchSeconds = args.integer(1, 30);
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        List<Long> times = new ArrayList<>();
        for (JsonNode a : api.assignments(cycle)) {
            if (!"SUBMITTED".equals(a.path("status").asText())) continue;
            String path = api.assignment(cycle, a.path("country").asText());
            Response r = api.send("POST", path + "/acceptance", null, "If-Match", api.get(path).expect(200).etag()).expect(200);
            times.add(r.nanos());
        }
        long[] t = Stats.array(times);
        System.out.printf("   registry down: accepted %d responses, acceptance p50 %.1f ms max %.1f ms (the acceptance does not"
                + " call the registry)%n", t.length, Stats.measuredMs(t, 50), Stats.measuredMs(t, 100));
        long t0 = System.currentTimeMillis();
        long lastSum = -1;
        boolean growing = true, allPending = true;
        while (true) {
            List<Publication> rows = api.publications(cycle, null);
            Map<String, Integer> byStatus = new TreeMap<>();
            int min = Integer.MAX_VALUE, max = 0;
            long sum = 0;
            String error = null;
            for (Publication row : rows) {
                byStatus.merge(row.status(), 1, Integer::sum);
                min = Math.min(min, row.attempts());
                max = Math.max(max, row.attempts());
                sum += row.attempts();
                if (row.lastError() != null) error = row.lastError();
            }
            long at = (System.currentTimeMillis() - t0) / 1000;
            System.out.printf("   t+%2d s: %d rows %s, attempts min %d / avg %.1f / max %d; last error: %s%n", at, rows.size(), byStatus,
                    min, rows.isEmpty() ? 0.0 : (double) sum / rows.size(), max, Text.clip(error));
            if (byStatus.keySet().stream().anyMatch(s -> !s.equals("PENDING"))) allPending = false;
            if (lastSum >= 0 && sum <= lastSum) growing = false;
            lastSum = sum;
            if (at >= watchSeconds) break;
            Thread.sleep(Math.min(10_000, watchSeconds * 1000L / 3));
        }
        System.out.printf("   while the registry was down: all rows PENDING: %s; attempts (their sum) grew at every sample: %s%n",
                allPending ? "yes" : "NO", growing ? "yes" : "NO (see the rows above)");
        System.out.println("   note: a pass takes at most 20 rows every 2 s whatever the outcome, so N pending rows are each tried about"
                + " once every N/10 s; the per-row backoff (1 s, 2 s, 4 s ... up to 5 min) only adds to that");
        System.out.println("   summary: " + api.get(api.url("/publications/summary")).expect(200).body());
        if (!allPending || !growing) {
            // exit status 1; the script still starts the registry again before it fails
            throw new IllegalStateException("NOT MET: while the registry was down the publications were "
                    + (allPending ? "" : "not all PENDING") + (allPending || growing ? "" : " and ") + (growing ? "" : "not tried again and again"));
        }
    }
}

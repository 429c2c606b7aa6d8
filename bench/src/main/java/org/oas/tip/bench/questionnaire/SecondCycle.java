package org.oas.tip.bench.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oas.tip.bench.ApiClient.Response;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Text;

/**
 * (d) A complete second cycle, the data of bench/analytics-snapshot.sh: opens a cycle over oas-tip-structured version 2
 * (each assignment pre-filled with the country's registry inventory), and for the first {@code countries} member states
 * completes the pre-filled response ({@link StructuredAnswers}), saves it in one PATCH, submits it, and the secretariat
 * accepts it. Waits until every response's publication is DELIVERED to the registry, prints what the cycle holds there,
 * and writes the cycle's code to {@code cycleFile}.
 *
 * <pre>second-cycle cycleFile [countries=34] [referenceDate=today+180]</pre>
 */
public final class SecondCycle {

    private SecondCycle() {
    }

    public static void run(Args args) throws Exception {
        Path cycleFile = args.path(0, "cycleFile");
        int countryCount = args.integer(1, 34);
        LocalDate referenceDate = args.has(2) ? LocalDate.parse(args.string(2, null)) : LocalDate.now(ZoneOffset.UTC).plusDays(180);
        QuestionnaireApi api = QuestionnaireApi.fromEnvironment();
        long t0 = System.nanoTime();
        String cycle = api.openCycle("bench-cycle2", "2", referenceDate);
        List<String> assigned = api.countries(cycle);
        List<String> countries = assigned.subList(0, Math.min(countryCount, assigned.size()));
        StructuredAnswers answers = new StructuredAnswers(
                api.get(api.url("/questionnaires/" + QuestionnaireApi.QUESTIONNAIRE + "/versions/2")).expect(200).json());
        System.out.printf("   cycle %s over %s v2, reference date %s: %d of %d assignments answered and accepted%n", cycle,
                QuestionnaireApi.QUESTIONNAIRE, referenceDate, countries.size(), assigned.size());
        int prefilledTotal = 0, entriesTotal = 0;
        for (String country : countries) {
            String path = api.assignment(cycle, country);
            Response current = api.get(path).expect(200);
            JsonNode stored = current.json().get("answers");
            ObjectNode doc = stored instanceof ObjectNode o ? o : Json.object();
            prefilledTotal += StructuredAnswers.instrumentEntries(doc);
            answers.addSample(doc);
            // as a tool does: the dry-run validation says what is still missing, answered with a plain default
            for (int round = 0; round < 3; round++) {
                JsonNode report = api.send("POST", path + "/answers/validation", Json.write(doc), "Content-Type", "application/json")
                        .expect(200).json();
                if (!answers.answerWhatIsMissing(doc, report)) break;
            }
            entriesTotal += StructuredAnswers.instrumentEntries(doc);
            Response patch = api.send("PATCH", path + "/answers", Json.write(doc), "If-Match", current.etag(), "Content-Type",
                    "application/json").expect(200);
            Response submit = api.send("POST", path + "/submission", "{}", "If-Match", patch.etag(), "Idempotency-Key",
                    cycle + "-" + country, "Content-Type", "application/json").expect(200);
            api.send("POST", path + "/acceptance", null, "If-Match", submit.etag()).expect(200);
        }
        System.out.printf("   %d instrument entries answered (%d of them pre-filled from the registry, confirmed as they are;"
                + " the rest the sample's entries for groups a country had nothing in)%n", entriesTotal, prefilledTotal);
        awaitPublished(api, cycle, countries.size());
        int inCycle = api.registryInstruments("cycle=" + Text.enc(cycle)).size();
        System.out.printf("   registry: %d instruments in cycle %s (GET /instruments?cycle=); made in %.1f s%n", inCycle, cycle,
                (System.nanoTime() - t0) / 1e9);
        Files.writeString(cycleFile, cycle);
    }

    private static void awaitPublished(QuestionnaireApi api, String cycle, int responses) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        Map<String, Integer> byStatus = new TreeMap<>();
        while (System.nanoTime() < until) {
            byStatus.clear();
            for (Publication row : api.publications(cycle, null)) byStatus.merge(row.status(), 1, Integer::sum);
            if (byStatus.getOrDefault("DELIVERED", 0) + byStatus.getOrDefault("FAILED", 0) >= responses) break;
            Thread.sleep(500);
        }
        System.out.printf("   publications: %s%n", byStatus);
        if (byStatus.getOrDefault("DELIVERED", 0) < responses) {
            for (Publication row : api.publications(cycle, null)) {
                if (!row.is("DELIVERED")) System.out.printf("   ! %s %s: %s%n", row.country(), row.status(), Text.clip(row.lastError()));
            }
            throw new IllegalStateException("not every response of " + cycle + " was published to the registry");
        }
    }
}

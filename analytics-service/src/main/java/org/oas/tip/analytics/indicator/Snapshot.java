package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.oas.tip.analytics.sdg.Population;
import org.oas.tip.analytics.sdg.VictimCount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The frozen input of one computation: a cycle's registry instruments and coded answers as pulled from the two services,
 * the countries whose assignment was ACCEPTED (the respondents) and the country names; for SDG 16.2.2 the victim counts
 * the respondents reported and the population figures loaded at the time; and the respondents' raw answers to closed and
 * structured items outside instrument groups (empty in snapshots taken before they were read, which then compute as before);
 * and the cycle's reference date as the questionnaire service gave it, the one date "in force" is read at (null in
 * snapshots taken before it was read, or when the cycle has none: the reference year is then guessed as before); and the
 * registry read it took its instruments with ({@code cycle=2015-2018}; null in snapshots taken before it was recorded).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "SnapshotContent", description = "Instruments, coded and raw answers, respondents, populations and country names as pulled")
public record Snapshot(
        String cycle,
        Instant takenAt,
        List<InstrumentRecord> instruments,
        List<CodedAnswerRecord> codedAnswers,
        List<String> respondents,
        Map<String, String> countryNames,
        List<VictimCount> detectedVictims,
        List<Population> populations,
        List<RawAnswerRecord> rawAnswers,
        LocalDate referenceDate,
        String registryRead) {

    public Snapshot(String cycle, Instant takenAt, List<InstrumentRecord> instruments, List<CodedAnswerRecord> codedAnswers,
                    List<String> respondents, Map<String, String> countryNames, List<VictimCount> detectedVictims,
                    List<Population> populations, List<RawAnswerRecord> rawAnswers, LocalDate referenceDate) {
        this(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, populations, rawAnswers,
                referenceDate, null);
    }

    public Snapshot(String cycle, Instant takenAt, List<InstrumentRecord> instruments, List<CodedAnswerRecord> codedAnswers,
                    List<String> respondents, Map<String, String> countryNames, List<VictimCount> detectedVictims,
                    List<Population> populations, List<RawAnswerRecord> rawAnswers) {
        this(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, populations, rawAnswers,
                null);
    }

    public Snapshot(String cycle, Instant takenAt, List<InstrumentRecord> instruments, List<CodedAnswerRecord> codedAnswers,
                    List<String> respondents, Map<String, String> countryNames) {
        this(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, List.of(), List.of(), List.of());
    }

    public Snapshot(String cycle, Instant takenAt, List<InstrumentRecord> instruments, List<CodedAnswerRecord> codedAnswers,
                    List<String> respondents, Map<String, String> countryNames, List<VictimCount> detectedVictims,
                    List<Population> populations) {
        this(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, populations, List.of());
    }

    public Snapshot {
        // copies, so that a snapshot cannot change under a computation or between two of them
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        codedAnswers = codedAnswers == null ? List.of() : List.copyOf(codedAnswers);
        respondents = respondents == null ? List.of() : List.copyOf(respondents);
        countryNames = countryNames == null ? Map.of() : Map.copyOf(countryNames);
        detectedVictims = detectedVictims == null ? List.of() : List.copyOf(detectedVictims);
        populations = populations == null ? List.of() : List.copyOf(populations);
        rawAnswers = rawAnswers == null ? List.of() : List.copyOf(rawAnswers);
    }

    /** The same snapshot with the respondents' raw answers. */
    public Snapshot withRawAnswers(List<RawAnswerRecord> answers) {
        return new Snapshot(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, populations,
                answers, referenceDate, registryRead);
    }

    /** The same snapshot with the population figures it is frozen with. */
    public Snapshot withPopulations(List<Population> figures) {
        return new Snapshot(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, figures,
                rawAnswers, referenceDate, registryRead);
    }

    /** The same snapshot read at the cycle's reference date. */
    public Snapshot withReferenceDate(LocalDate date) {
        return new Snapshot(cycle, takenAt, instruments, codedAnswers, respondents, countryNames, detectedVictims, populations,
                rawAnswers, date, registryRead);
    }
}

package org.oas.tip.analytics.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date a snapshot reads "in force" and durations at, and where it comes from: the cycle's reference date as the
 * questionnaire service gave it (frozen in the snapshot); only without one (a snapshot taken before it was read, or a
 * cycle that has none) the old guess, the last four-digit year of the cycle's name (2018 for 2015-2018), else the year
 * the snapshot was taken, read at that year's last day.
 */
public record ReferenceDate(LocalDate date, Source source) {

    /** Where the date comes from. */
    @Schema(name = "ReferenceDateSource")
    public enum Source {
        /** The cycle's reference date, read from the questionnaire service when the snapshot was taken. */
        CYCLE,
        /** Fallback: the last year of the cycle's name. */
        CYCLE_NAME,
        /** Fallback: the year the snapshot was taken. */
        TAKEN_AT
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?!.*\\d{4})");

    public static ReferenceDate of(Snapshot snapshot) {
        if (snapshot.referenceDate() != null) {
            return new ReferenceDate(snapshot.referenceDate(), Source.CYCLE);
        }
        if (snapshot.cycle() != null) {
            Matcher m = YEAR.matcher(snapshot.cycle());
            if (m.find()) {
                return new ReferenceDate(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), Source.CYCLE_NAME);
            }
        }
        if (snapshot.takenAt() != null) {
            return new ReferenceDate(LocalDate.of(snapshot.takenAt().atZone(ZoneOffset.UTC).getYear(), 12, 31), Source.TAKEN_AT);
        }
        throw new IllegalStateException("the snapshot has neither a reference date, a cycle with a year nor a time it was taken");
    }

    public int year() {
        return date.getYear();
    }

    /** Says where the reference year comes from, for the notes of the indicators that use it and the snapshot's scope. */
    public String note(String cycle) {
        return switch (source) {
            case CYCLE -> "Reference year " + year() + ", of the cycle's reference date " + date;
            case CYCLE_NAME -> "Reference year " + year() + ", the last year of cycle " + cycle
                    + " (fallback: the snapshot has no reference date)";
            case TAKEN_AT -> "Reference year " + year() + ", the year the snapshot was taken"
                    + " (fallback: the snapshot has no reference date)";
        };
    }
}

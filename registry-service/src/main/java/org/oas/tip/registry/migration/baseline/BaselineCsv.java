package org.oas.tip.registry.migration.baseline;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads the transcribed CSV files of the progress report from {@code /baseline/} on the classpath. */
public final class BaselineCsv {

    private BaselineCsv() {
    }

    /** All data records of one file, header skipped (RFC 4180, UTF-8, as V2 reads countries.csv). */
    public static List<CSVRecord> read(String file) throws IOException {
        String path = "/baseline/" + file;
        var in = Objects.requireNonNull(BaselineCsv.class.getResourceAsStream(path), path + " is missing");
        try (Reader csv = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).getRecords();
        }
    }

    /** The trimmed cell, or null when it is empty (the transcription leaves unknown cells empty). */
    public static String text(CSVRecord row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A year cell as an integer, or null when empty. */
    public static Integer year(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null ? null : Integer.valueOf(value);
    }

    /** Null for the institution cells the report prints as "Unspecified" (no institution was named). */
    public static String named(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null || value.equalsIgnoreCase("Unspecified") ? null : value;
    }

    /** Whether the printed country cell was empty: a continuation line or a split cell (see BASELINE-DATA-NOTES.md). */
    public static boolean continuation(CSVRecord row) {
        return text(row, "country_label") == null;
    }
}

package org.oas.tip.analytics.mapping;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oas.tip.analytics.indicator.Bucket;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the buckets of a result as CSV, one row per bucket. */
public final class ResultCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("key", "label", "count", "percentage", "countries", "recordIds", "answerIds", "answerRefs")
            .setRecordSeparator("\n").get();

    private ResultCsv() {
    }

    public static String buckets(ResultView result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (Bucket b : result.buckets()) {
                csv.printRecord(b.key(), b.label(), b.count(), b.percentage(), String.join(";", b.countries()),
                        join(b.recordIds()), join(b.answerIds()), String.join(";", b.answerRefs()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }
}

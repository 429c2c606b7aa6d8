package org.oas.tip.analytics.mapping;

import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.Contradiction;
import org.oas.tip.analytics.indicator.FigureCheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Where a snapshot's data and the cycle's published report disagree, and where that report disagrees with itself. */
@TemplateData
@Schema(name = "DataQuality", description = "The printed figures the snapshot's data do not reproduce, and the places"
        + " where the cycle's published report contradicts itself")
public record DataQualityView(long snapshotId, Instant takenAt, String cycle,
                              @Schema(description = "The published report, null when the cycle has none") String reference,
                              int figuresChecked, List<Disagreement> disagreements,
                              @Schema(description = "The report's self-contradictions, curated with the reference data")
                              List<SelfContradiction> contradictions) {

    public DataQualityView {
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
    }

    /** A topic on which places of the report say different things, the indicators it concerns, and each place. */
    @TemplateData
    public record SelfContradiction(@Schema(examples = "Dedicated trafficking lines: 13 or 10 countries") String topic,
                                    @Schema(examples = "[\"E.channel_type\", \"E.dedicated_line\"]") List<String> codes,
                                    List<Statement> statements, String note) {

        public static SelfContradiction of(Contradiction c) {
            return new SelfContradiction(c.topic(), c.codes(), c.statements().stream()
                    .map(s -> new Statement(s.line(), s.place(), s.says(), s.quote())).toList(), c.note());
        }
    }

    /** What one place of the report says. */
    @TemplateData
    public record Statement(@Schema(examples = "L865") String line, @Schema(examples = "section E") String place,
                            @Schema(examples = "10 countries have a dedicated line") String says, String quote) {
    }

    /** One printed figure next to what the data give. */
    @TemplateData
    public record Disagreement(@Schema(examples = "D.legal_path") String code,
                               @Schema(examples = "BUCKET") String measure,
                               @Schema(examples = "CRIMINAL_CODE") String bucket,
                               BigDecimal printed, BigDecimal computed,
                               @Schema(description = "Countries the report names that the data do not place there") List<String> missing,
                               @Schema(description = "Countries the data place there that the report does not name") List<String> extra,
                               @Schema(examples = "L674") String line, String place, String description) {

        public static Disagreement of(FigureCheck c) {
            var f = c.figure();
            return new Disagreement(f.code(), f.measure().name(), f.bucket(), f.printed(), c.computed(), c.missing(),
                    c.extra(), f.line(), f.place(), c.describe());
        }
    }
}

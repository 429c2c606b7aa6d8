package org.oas.tip.analytics.mapping;

import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.analytics.indicator.FigureCheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Where a snapshot's data and the cycle's published report disagree. */
@TemplateData
@Schema(name = "DataQuality", description = "The printed figures the snapshot's data do not reproduce")
public record DataQualityView(long snapshotId, Instant takenAt, String cycle,
                              @Schema(description = "The published report, null when the cycle has none") String reference,
                              int figuresChecked, List<Disagreement> disagreements) {

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

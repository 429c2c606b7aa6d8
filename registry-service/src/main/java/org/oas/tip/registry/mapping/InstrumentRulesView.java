package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The shape of the rules document, for the OpenAPI document (the service returns the document itself). */
@Schema(name = "InstrumentRules", description = "The rules every instrument write must pass: a JSON Schema (draft 2020-12) "
        + "of an InstrumentInput per kind, with the registry's messages under the keyword `message`, and the rules between "
        + "fields that a schema cannot say")
public record InstrumentRulesView(
        @Schema(description = "SHA-256 of kinds and relations (hex); also the ETag", examples = "3f1c...") String revision,
        @Schema(description = "Kind (PLAN, REPORTING_CHANNEL...) to the JSON Schema of an instrument of that kind")
        Map<String, Object> kinds,
        List<Relation> relations) {

    /** A rule between fields. */
    @Schema(name = "InstrumentRelation", description = "yearOrder: `field` must not be less than `other`; successor: checked "
            + "by the registry against its records")
    public record Relation(@Schema(examples = "yearOrder") String rule, @Schema(examples = "yearEnd") String field,
                           @Schema(examples = "yearStart") String other, String message) {
    }
}

package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A codebook as the contract describes it; the service serves the baseline file (baseline/codebooks.json) as it is. */
@Schema(name = "Codebook", description = "Codes open answers are coded against, with their labels in en/es/fr/pt")
public record CodebookDocument(
        @Schema(examples = "vulnerable_population_variables") String code,
        DefinitionDocument.LocalizedText title,
        List<DefinitionDocument.Option> codes) {
}

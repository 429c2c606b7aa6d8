package org.oas.tip.questionnaire.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A questionnaire definition as the contract describes it; the code reads definitions as JSON
 * ({@code definition.DefinitionParser}), which lists every problem of one, so these records only document its shape.
 */
@Schema(name = "QuestionnaireDefinition", description = "A questionnaire version (FHIR Questionnaire-like): its code and version "
        + "label, titles in en/es/fr/pt (English required) and its sections, each a group of items with stable linkIds",
        requiredProperties = {"code", "version", "title", "items"}, examples = DefinitionDocument.EXAMPLE)
public record DefinitionDocument(
        @Schema(description = "1 to 60 letters, digits, '.', '_' or '-', starting with a letter or a digit",
                pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$", examples = "oas-tip-structured") String code,
        @Schema(description = "1 to 20 letters, digits, '.', '_' or '-', starting with a letter or a digit",
                pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$", examples = "3") String version,
        @Schema(description = "English title at most 300 characters") LocalizedText title,
        LocalizedText description,
        @Schema(description = "The sections: items of type group") List<DefinitionItem> items) {

    static final String EXAMPLE = """
            {"code": "oas-tip-short", "version": "1", "title": {"en": "Short questionnaire", "es": "Cuestionario breve"},
             "items": [{"linkId": "A", "type": "group", "text": {"en": "National authority"}, "items": [
               {"linkId": "A.exists", "type": "boolean", "required": true, "text": {"en": "Is there a national authority?"}},
               {"linkId": "A.model", "type": "choice", "text": {"en": "Model"},
                "enableWhen": [{"question": "A.exists", "operator": "=", "answer": true}],
                "answerOptions": [{"code": "SOLE", "display": {"en": "Sole"}},
                                  {"code": "COLLEGIATE", "display": {"en": "Collegiate"}}]}]}]}""";

    /** A text in the four languages of the OAS; English is the fallback. */
    @Schema(name = "LocalizedText", description = "A text in English (en, required) and optionally Spanish, French and Portuguese",
            requiredProperties = "en")
    public record LocalizedText(String en, String es, String fr, String pt) {
    }

    /** One question or group. */
    @Schema(name = "DefinitionItem", description = "A question or a group of questions", requiredProperties = {"linkId", "type", "text"})
    public record DefinitionItem(
            @Schema(description = "Stable id of the item, unique in the version; answers are keyed by it", examples = "A.model")
            String linkId,
            @Schema(enumeration = {"group", "boolean", "integer", "decimal", "date", "year", "string", "text", "url", "phone",
                    "choice", "open-choice"}) String type,
            LocalizedText text,
            @Schema(description = "Must be answered at submission (when enabled)") Boolean required,
            @Schema(description = "Takes several answers (an array); for a group, several entries") Boolean repeats,
            @Schema(description = "The codes a choice takes") List<Option> answerOptions,
            @Schema(description = "Conditions on other items' answers that enable this one") List<Condition> enableWhen,
            @Schema(enumeration = {"all", "any"}, description = "Whether all conditions (default) or any must hold") String enableBehavior,
            BigDecimal minValue,
            BigDecimal maxValue,
            Integer maxLength,
            @Schema(description = "A regular expression string answers must match") String pattern,
            @Schema(description = "For a group whose entries are registry instruments: the instrument kind", examples = "PLAN")
            String instrumentKind,
            @Schema(description = "The registry field this item carries", examples = "title") String instrumentField,
            String indicator,
            @Schema(description = "The codebook its answers are coded against") String codebook,
            @Schema(description = "The role of an item the system fills (registryId, registryRevision, action, status, "
                    + "statusDate, reason, successorId)") String reserved,
            @Schema(description = "A group's items") List<DefinitionItem> items) {
    }

    /** One answer option of a choice. */
    @Schema(name = "AnswerOption", description = "A code a choice item takes, and its label", requiredProperties = {"code", "display"})
    public record Option(@Schema(examples = "COLLEGIATE") String code, LocalizedText display) {
    }

    /** One enableWhen condition. */
    @Schema(name = "EnableWhen", description = "A condition on another item's answer (FHIR semantics)",
            requiredProperties = {"question", "operator"})
    public record Condition(
            @Schema(description = "The linkId of the item it depends on", examples = "A.exists") String question,
            @Schema(enumeration = {"exists", "=", "!=", ">", "<", ">=", "<="}) String operator,
            @Schema(description = "The value compared with (true or false for exists): a string, number or boolean",
                    implementation = Object.class) JsonNode answer) {
    }
}

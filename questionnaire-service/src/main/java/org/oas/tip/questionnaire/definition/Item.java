package org.oas.tip.questionnaire.definition;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question or group of a questionnaire definition.
 *
 * @param enableAny true when any enableWhen condition enables the item (behavior "any"), false when all must hold
 * @param reserved  the role of an item the system fills and reads by role (see {@link Reserved}), or null
 */
public record Item(String linkId, ItemType type, Texts text, boolean required, boolean repeats,
                   List<AnswerOption> answerOptions, List<EnableWhen> enableWhen, boolean enableAny,
                   BigDecimal minValue, BigDecimal maxValue, Integer maxLength, String pattern,
                   String instrumentKind, String instrumentField, String indicator, String codebook,
                   String reserved, List<Item> items) {

    /** Longest string answer when the definition gives none, so free text cannot grow without bound. */
    public static final int DEFAULT_STRING_LENGTH = 500;
    public static final int DEFAULT_TEXT_LENGTH = 10_000;

    public Item {
        answerOptions = answerOptions == null ? List.of() : List.copyOf(answerOptions);
        enableWhen = enableWhen == null ? List.of() : List.copyOf(enableWhen);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The child of this group that holds the reserved role, if there is one. */
    public java.util.Optional<Item> reservedChild(Reserved role) {
        return items.stream().filter(child -> role.role().equals(child.reserved())).findFirst();
    }

    /** Whether this group's entries carry a registry id, so that they are reconciled with the registry's inventory. */
    public boolean reconciles() {
        return instrumentKind != null && reservedChild(Reserved.REGISTRY_ID).isPresent();
    }

    public boolean isGroup() {
        return type == ItemType.GROUP;
    }

    public boolean hasOption(String code) {
        return answerOptions.stream().anyMatch(option -> option.code().equals(code));
    }

    /** The length limit that applies: the definition's, else the default for string and text items. */
    public Integer effectiveMaxLength() {
        if (maxLength != null) {
            return maxLength;
        }
        return switch (type) {
            case STRING -> DEFAULT_STRING_LENGTH;
            case TEXT -> DEFAULT_TEXT_LENGTH;
            default -> null;
        };
    }
}

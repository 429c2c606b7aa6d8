package org.oas.tip.questionnaire.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of answer an item takes, with its name in definition files. */
public enum ItemType {
    GROUP, BOOLEAN, INTEGER, DECIMAL, DATE, YEAR, STRING, TEXT, URL, PHONE, CHOICE, OPEN_CHOICE;

    /** The name used in definition files: lower case, {@code open-choice}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ItemType> fromJson(String name) {
        return Arrays.stream(values()).filter(type -> type.jsonName().equals(name)).findFirst();
    }

    public boolean isChoice() {
        return this == CHOICE || this == OPEN_CHOICE;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == YEAR;
    }

    /** Whether answers are free strings, the only ones a length or a pattern can constrain. */
    public boolean isTextual() {
        return this == STRING || this == TEXT || this == URL || this == PHONE || this == OPEN_CHOICE;
    }
}

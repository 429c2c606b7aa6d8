package org.oas.tip.questionnaire.definition;

/** Builds RFC 6901 JSON pointers one segment at a time. */
public final class Pointers {

    private Pointers() {
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}

package org.oas.tip.questionnaire.definition;

/** Builds RFC 6901 JSON pointers one segment at a time. */
final class Pointers {

    private Pointers() {
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}

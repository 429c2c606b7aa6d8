package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One answer of an item as the indicators read it: an analyst's coded answer ({@code id} set) or a respondent's raw
 * answer ({@code ref} set, see {@link RawAnswerRecord#ref()}).
 */
record Answer(String country, String linkId, JsonNode value, Long id, String ref) {

    static Answer coded(CodedAnswerRecord a) {
        return new Answer(a.country(), a.linkId(), a.value(), a.id(), null);
    }

    static Answer raw(RawAnswerRecord a) {
        return new Answer(a.country(), a.linkId(), a.value(), null, a.ref());
    }
}

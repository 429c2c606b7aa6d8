package org.oas.tip.questionnaire.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed questionnaire definition: its identity, titles and tree of items. */
public record Definition(String code, String version, Texts title, Texts description, List<Item> items) {

    public Definition {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public Optional<Item> item(String linkId) {
        return allItems().stream().filter(item -> item.linkId().equals(linkId)).findFirst();
    }

    /** Every item, depth first in document order (a group before its children). */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        collect(items, all);
        return all;
    }

    private static void collect(List<Item> items, List<Item> into) {
        for (Item item : items) {
            into.add(item);
            collect(item.items(), into);
        }
    }
}

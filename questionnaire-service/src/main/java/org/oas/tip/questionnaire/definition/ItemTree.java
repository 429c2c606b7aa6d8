package org.oas.tip.questionnaire.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lookups over a definition's items that the validator and the schema need often: by linkId and by parent. */
final class ItemTree {

    private final Map<String, Item> byLinkId = new HashMap<>();
    private final Map<String, Item> parents = new HashMap<>();

    ItemTree(Definition definition) {
        index(definition.items(), null);
    }

    private void index(List<Item> items, Item parent) {
        for (Item item : items) {
            byLinkId.putIfAbsent(item.linkId(), item);
            if (parent != null) {
                parents.put(item.linkId(), parent);
            }
            index(item.items(), item);
        }
    }

    Item get(String linkId) {
        return byLinkId.get(linkId);
    }

    /** The enclosing group, or null for a top-level item. */
    Item parent(String linkId) {
        return parents.get(linkId);
    }

    /** The item's groups from the top-level one down, followed by the item itself. */
    List<Item> path(String linkId) {
        List<Item> path = new ArrayList<>();
        for (Item item = byLinkId.get(linkId); item != null; item = parents.get(item.linkId())) {
            path.add(item);
        }
        Collections.reverse(path);
        return path;
    }
}

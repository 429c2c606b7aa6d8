package org.oas.tip.questionnaire.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.Pointers;
import org.oas.tip.questionnaire.definition.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each instrument entry of a response is, and which of its items carries a registry field: the reverse of the
 * items' {@code instrumentField}. Entries are counted per group as {@code InstrumentMapper} counts them (every entry of
 * a group with an {@code instrumentKind}, in document order), so its (question, position) finds its JSON pointer.
 */
final class EntryLocations {

    /** An item that carries a registry field, with its path from the entry (through non-repeating groups). */
    private record Carrier(String field, String linkId, String relativePointer) {
    }

    /** One entry: its group, its JSON pointer, and the entry's answers. */
    record Entry(Item group, String pointer, JsonNode answers) {
    }

    private final Map<String, List<Entry>> entries = new HashMap<>();

    private EntryLocations() {
    }

    static EntryLocations of(Definition definition, JsonNode answers) {
        EntryLocations locations = new EntryLocations();
        locations.walk(definition.items(), answers, "");
        return locations;
    }

    /** The entry at this position of this group, or null. */
    Entry entry(String question, int position) {
        List<Entry> of = entries.getOrDefault(question, List.of());
        return position < of.size() ? of.get(position) : null;
    }

    /**
     * A registry field's problem, on the item of the entry that carries the field (the answered one when several do),
     * else on the entry itself.
     */
    static Problem problem(Entry entry, String field, String message) {
        List<Carrier> carriers = new ArrayList<>();
        carriers(entry.group().items(), "", carriers);
        Carrier best = null;
        for (Carrier carrier : carriers) {
            if (field.equals(carrier.field()) || field.startsWith(carrier.field() + ".") || field.startsWith(carrier.field() + "[")) {
                JsonNode answer = entry.answers().at(carrier.relativePointer());
                if (best == null || !answer.isMissingNode() && !answer.isNull()) {
                    best = carrier;
                }
                if (!answer.isMissingNode() && !answer.isNull()) {
                    break;
                }
            }
        }
        String text = message + " (the registry's rule for " + field + ")";
        if (best == null) {
            return new Problem(entry.group().linkId(), entry.pointer(), text);
        }
        String pointer = entry.pointer() + best.relativePointer();
        int bracket = field.indexOf('[', best.field().length());
        if (bracket >= 0 && field.startsWith(best.field() + "[")) {
            pointer = Pointers.child(pointer, Integer.parseInt(field.substring(bracket + 1, field.indexOf(']', bracket))));
        }
        return new Problem(best.linkId(), pointer, text);
    }

    private static void carriers(List<Item> items, String pointer, List<Carrier> into) {
        for (Item item : items) {
            String here = Pointers.child(pointer, item.linkId());
            if (item.isGroup() && !item.repeats()) {
                carriers(item.items(), here, into);
            } else if (!item.isGroup() && item.instrumentField() != null) {
                into.add(new Carrier(item.instrumentField(), item.linkId(), here));
            }
        }
    }

    private void walk(List<Item> items, JsonNode answers, String pointer) {
        if (answers == null || !answers.isObject()) {
            return;
        }
        for (Item item : items) {
            JsonNode value = answers.get(item.linkId());
            if (!item.isGroup() || value == null) {
                continue;
            }
            String here = Pointers.child(pointer, item.linkId());
            List<JsonNode> values = new ArrayList<>();
            List<String> pointers = new ArrayList<>();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    values.add(value.get(i));
                    pointers.add(Pointers.child(here, i));
                }
            } else {
                values.add(value);
                pointers.add(here);
            }
            for (int i = 0; i < values.size(); i++) {
                if (item.instrumentKind() == null) {
                    walk(item.items(), values.get(i), pointers.get(i));
                } else {
                    entries.computeIfAbsent(item.linkId(), k -> new ArrayList<>()).add(new Entry(item, pointers.get(i), values.get(i)));
                }
            }
        }
    }
}

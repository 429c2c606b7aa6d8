package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.Prefill;
import org.oas.tip.questionnaire.ResponseChange;
import org.oas.tip.questionnaire.client.Inventory;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.reconcile.GroupRouting;
import org.oas.tip.questionnaire.reconcile.PrefillMapper;
import org.oas.tip.questionnaire.repository.PrefillRepository;
import org.oas.tip.questionnaire.repository.ResponseChangeRepository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pre-fills the assignments of a cycle opened on a reconcilable questionnaire (one with reserved registry ids) with
 * each country's instruments in force, read from the registry, and keeps what was pre-filled (table prefill).
 */
@ApplicationScoped
public class CyclePrefill {

    static final String IMPORTER = "registry-inventory";

    private final Inventory inventory;
    private final PrefillRepository prefills;
    private final ResponseChangeRepository changes;
    private final ObjectMapper json;

    public CyclePrefill(Inventory inventory, PrefillRepository prefills, ResponseChangeRepository changes, ObjectMapper json) {
        this.inventory = inventory;
        this.prefills = prefills;
        this.changes = changes;
        this.json = json;
    }

    /** Whether a cycle on this definition is pre-filled: some instrument group carries a registry id. */
    public static boolean applies(Definition definition) {
        return definition.allItems().stream().anyMatch(Item::reconciles);
    }

    /** Every country's inventory, read before anything is written; a registry that does not answer is a 503. */
    public Map<String, List<JsonNode>> inventories(List<String> countries) {
        Map<String, List<JsonNode>> all = new LinkedHashMap<>();
        for (String country : countries) {
            all.put(country, inventory.inForce(country));
        }
        return all;
    }

    /** Writes the pre-filled answers into the new assignment and records them, entry by entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fill(Assignment assignment, Definition definition, List<JsonNode> instruments) {
        Map<String, Item> groups = new HashMap<>();
        Map<String, String> sections = new HashMap<>();
        for (Item section : definition.items()) {
            for (Item child : section.items()) {
                if (child.reconciles()) {
                    groups.put(child.linkId(), child);
                    sections.put(child.linkId(), section.linkId());
                }
            }
        }
        ObjectNode document = json.createObjectNode();
        Long authority = authority(instruments);
        Map<String, Integer> positions = new HashMap<>();
        for (JsonNode instrument : instruments) {
            long id = instrument.path("id").asLong();
            Optional<String> target = GroupRouting.groupOf(instrument, authority != null && authority != id);
            Item group = target.map(groups::get).orElse(null);
            if (group == null) {
                continue;
            }
            ObjectNode entry = PrefillMapper.entry(group, instrument);
            ObjectNode section = document.withObjectProperty(sections.get(group.linkId()));
            int position = positions.merge(group.linkId(), 1, Integer::sum) - 1;
            if (group.repeats()) {
                ((ArrayNode) section.withArrayProperty(group.linkId())).add(entry);
            } else {
                section.set(group.linkId(), entry);
            }
            Prefill row = new Prefill();
            row.assignmentId = assignment.id;
            row.registryId = id;
            row.registryRevision = instrument.path("revision").canConvertToInt() ? instrument.get("revision").asInt() : null;
            row.groupLinkId = group.linkId();
            row.position = position;
            row.entry = write(entry);
            row.createdAt = OffsetDateTime.now();
            prefills.persist(row);
        }
        if (!document.isEmpty()) {
            assignment.document = write(document);
            ResponseChange change = new ResponseChange();
            change.assignmentId = assignment.id;
            change.changedAt = OffsetDateTime.now();
            change.subject = IMPORTER;
            change.action = "IMPORTED";
            change.after = assignment.document;
            changes.persist(change);
        }
    }

    /** The inter-agency body that goes to the national authority: the one reported as such, else the first. */
    private static Long authority(List<JsonNode> instruments) {
        Long first = null;
        for (JsonNode instrument : instruments) {
            if ("INTER_AGENCY_BODY".equals(instrument.path("kind").asText())) {
                if (GroupRouting.wasAuthority(instrument)) {
                    return instrument.path("id").asLong();
                }
                first = first == null ? instrument.path("id").asLong() : first;
            }
        }
        return first;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

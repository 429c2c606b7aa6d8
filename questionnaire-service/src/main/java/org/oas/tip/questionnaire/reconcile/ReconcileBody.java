package org.oas.tip.questionnaire.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.Prefill;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Item;
import org.oas.tip.questionnaire.definition.Reserved;
import org.oas.tip.questionnaire.publication.InstrumentMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /api/registry/v1/cycle-publications} for one accepted response: every instrument entry as
 * CREATE (no registry id), END or WITHDRAW (the country's action), else CONFIRM or UPDATE by comparison with what was
 * pre-filled (only the changed registry fields, as a merge patch). Pre-filled entries missing from the answers give
 * nothing: nothing is deleted because an answer was skipped.
 */
@ApplicationScoped
public class ReconcileBody {

    /** The request, and the entries that could not be turned into one (each named by its ref). */
    public record Built(ObjectNode body, List<Violation> problems) {
    }

    /** Who and what the publication is. */
    public record Header(String cycle, String country, int revision, boolean amendment, LocalDate referenceDate) {
        public String key() {
            return cycle + "/" + country + "/" + revision;
        }
    }

    private final InstrumentMapper mapper;
    private final ObjectMapper json;

    public ReconcileBody(InstrumentMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    public Built build(Definition definition, JsonNode answers, Header header, Map<Long, Prefill> prefills) {
        ObjectNode body = json.createObjectNode().put("key", header.key()).put("cycle", header.cycle())
                .put("country", header.country()).put("referenceDate", header.referenceDate().toString())
                .put("amendment", header.amendment());
        ArrayNode entries = body.putArray("entries");
        List<Violation> problems = new ArrayList<>();
        List<InstrumentMapper.Entry> all = mapper.entries(definition, answers, header.country(), header.cycle());
        for (InstrumentMapper.Entry entry : all) {
            if (entry.problem() != null) {
                problems.add(Violation.body(entry.ref(), entry.problem()));
                continue;
            }
            ObjectNode out = entries.addObject().put("ref", entry.ref()).put("question", entry.question())
                    .put("position", entry.position());
            Long registryId = longOf(entry, Reserved.REGISTRY_ID);
            String action = textOf(entry, Reserved.ACTION);
            if (registryId == null) {
                create(entry, out);
            } else if ("END".equals(action) || "WITHDRAW".equals(action)) {
                end(entry, registryId, action, base(entry, prefills.get(registryId)), out, problems);
            } else {
                compare(entry, registryId, prefills.get(registryId), out);
            }
            successorRef(entry, all).ifPresent(ref -> {
                if (!out.path("action").asText().equals("END") && !out.path("action").asText().equals("WITHDRAW")) {
                    out.put("successorRef", ref);
                }
            });
        }
        return new Built(body, problems);
    }

    /**
     * Whether publishing the entry would write the registry's content (CREATE, or UPDATE of changed fields), so the
     * registry's rules apply to it; a confirmation, an ending or a withdrawal writes no content.
     */
    public boolean writes(InstrumentMapper.Entry entry, Map<Long, Prefill> prefills) {
        Long registryId = longOf(entry, Reserved.REGISTRY_ID);
        if (registryId == null) {
            return true;
        }
        String action = textOf(entry, Reserved.ACTION);
        if ("END".equals(action) || "WITHDRAW".equals(action)) {
            return false;
        }
        Prefill prefill = prefills.get(registryId);
        return prefill == null || !MergePatch.between(comparable(entry.group(), read(prefill.entry)),
                comparable(entry.group(), entry.answer())).isEmpty();
    }

    private void create(InstrumentMapper.Entry entry, ObjectNode out) {
        ObjectNode instrument = entry.payload().deepCopy();
        // the registry sets the provenance of a cycle's publication itself
        instrument.remove("provenance");
        Long successor = longOf(entry, Reserved.SUCCESSOR_ID);
        if (successor != null) {
            instrument.withObjectProperty("plan").put("successorId", successor);
        }
        out.put("action", "CREATE").set("instrument", instrument);
    }

    private void end(InstrumentMapper.Entry entry, long registryId, String action, Integer base, ObjectNode out,
                     List<Violation> problems) {
        out.put("action", action).put("registryId", registryId);
        putBase(out, base);
        if (action.equals("END")) {
            String status = textOf(entry, Reserved.STATUS);
            String date = textOf(entry, Reserved.STATUS_DATE);
            if (status == null || date == null) {
                problems.add(Violation.body(entry.ref(), "an ending needs its status and date"));
            }
            out.put("status", status).put("statusDate", date);
        } else {
            String reason = textOf(entry, Reserved.REASON);
            if (reason == null) {
                problems.add(Violation.body(entry.ref(), "a withdrawal needs its reason"));
            }
            out.put("reason", reason);
        }
    }

    private void compare(InstrumentMapper.Entry entry, long registryId, Prefill prefill, ObjectNode out) {
        out.put("registryId", registryId);
        ObjectNode now = comparable(entry.group(), entry.answer());
        ObjectNode changes = prefill == null ? now : MergePatch.between(comparable(entry.group(), read(prefill.entry)), now);
        out.put("action", changes.isEmpty() ? "CONFIRM" : "UPDATE");
        putBase(out, base(entry, prefill));
        if (!changes.isEmpty()) {
            out.set("changes", changes);
        }
    }

    /** The entry's registry fields as comparable values: the successor by registry id, never by title. */
    private ObjectNode comparable(Item group, JsonNode answer) {
        ObjectNode fields = mapper.fieldsOf(group, answer);
        JsonNode plan = fields.get("plan");
        if (plan instanceof ObjectNode details) {
            details.remove("successorId");
            if (details.isEmpty()) {
                fields.remove("plan");
            }
        }
        group.reservedChild(Reserved.SUCCESSOR_ID).map(item -> answer.get(item.linkId()))
                .filter(InstrumentMapper::answered).ifPresent(id -> fields.withObjectProperty("plan").put("successorId", id.asLong()));
        fields.remove(List.of("country", "kind", "provenance"));
        return fields;
    }

    /** The other entry (plan or policy) of this response whose title the entry names as its successor. */
    private static Optional<String> successorRef(InstrumentMapper.Entry entry, List<InstrumentMapper.Entry> all) {
        if (entry.successorTitle() == null) {
            return Optional.empty();
        }
        return all.stream().filter(other -> other != entry && entry.successorTitle().equals(other.payload().path("title").asText(null)))
                .filter(other -> ReservedSets.SUCCEEDED.contains(other.group().instrumentKind()))
                .sorted((a, b) -> Boolean.compare(!a.question().equals(entry.question()), !b.question().equals(entry.question())))
                .map(InstrumentMapper.Entry::ref).findFirst();
    }

    private static Integer base(InstrumentMapper.Entry entry, Prefill prefill) {
        Long seen = longOf(entry, Reserved.REGISTRY_REVISION);
        if (seen != null) {
            return seen.intValue();
        }
        return prefill == null ? null : prefill.registryRevision;
    }

    private static void putBase(ObjectNode out, Integer base) {
        if (base != null) {
            out.put("baseRevision", base);
        }
    }

    private static Long longOf(InstrumentMapper.Entry entry, Reserved role) {
        return entry.group().reservedChild(role).map(item -> entry.answer().get(item.linkId()))
                .filter(value -> value != null && value.canConvertToLong()).map(JsonNode::asLong).orElse(null);
    }

    private static String textOf(InstrumentMapper.Entry entry, Reserved role) {
        return entry.group().reservedChild(role).map(item -> entry.answer().get(item.linkId()))
                .filter(InstrumentMapper::answered).map(JsonNode::asText).orElse(null);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

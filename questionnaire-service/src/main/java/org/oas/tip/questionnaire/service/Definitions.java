package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.DefinitionParser;
import org.oas.tip.questionnaire.definition.Problem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parses questionnaire definitions; published versions never change, so their parsed form is kept. */
@ApplicationScoped
public class Definitions {

    private final ObjectMapper json;
    private final Map<Long, Definition> published = new ConcurrentHashMap<>();

    public Definitions(ObjectMapper json) {
        this.json = json;
    }

    public Definition of(Questionnaire q) {
        if (q.status == Questionnaire.Status.PUBLISHED) {
            return published.computeIfAbsent(q.id, id -> parse(read(q.definition)));
        }
        return parse(read(q.definition));
    }

    /** The definition, or a 400 listing every problem of it. */
    public Definition parse(JsonNode definition) {
        DefinitionParser.Parsed parsed = DefinitionParser.parse(definition);
        if (!parsed.problems().isEmpty() || parsed.definition() == null) {
            throw Problems.invalid(violations(parsed.problems()));
        }
        return parsed.definition();
    }

    public static List<Violation> violations(List<Problem> problems) {
        return problems.stream().map(p -> Violation.body(field(p), (p.linkId() == null ? "" : p.linkId() + ": ") + p.message())).toList();
    }

    /** The JSON pointer of the offending value; the whole body (pointer "") is named "body". */
    private static String field(Problem p) {
        if (p.pointer() != null && !p.pointer().isEmpty()) {
            return p.pointer();
        }
        return p.linkId() != null ? p.linkId() : "body";
    }

    public JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not JSON", e);
        }
    }

    public String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON could not be written", e);
        }
    }
}

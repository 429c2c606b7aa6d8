package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Response publications as the API shows them: each entry of the body beside the registry's result for it. */
@ApplicationScoped
public class PublicationMapper {

    private final ObjectMapper json;

    public PublicationMapper(ObjectMapper json) {
        this.json = json;
    }

    public PublicationView toView(Publication p, boolean withBody) {
        JsonNode body = read(p.body);
        Map<String, JsonNode> results = new HashMap<>();
        read(p.results).forEach(result -> results.put(result.path("ref").asText(), result));
        List<PublicationEntryView> entries = new ArrayList<>();
        for (JsonNode entry : body.path("entries")) {
            JsonNode result = results.get(entry.path("ref").asText());
            JsonNode registryId = result != null && result.hasNonNull("registryId") ? result.get("registryId") : entry.get("registryId");
            entries.add(new PublicationEntryView(entry.path("ref").asText(), entry.path("action").asText(),
                    registryId == null ? null : registryId.asLong(),
                    entry.hasNonNull("baseRevision") ? entry.get("baseRevision").asInt() : null,
                    result == null ? null : result.path("outcome").asText(null),
                    result != null && result.hasNonNull("revision") ? result.get("revision").asInt() : null,
                    result != null && result.has("conflicts") ? result.get("conflicts") : null));
        }
        return new PublicationView(p.id, p.cycle, p.country, p.revision, p.publicationKey, p.amendment, p.reason, p.status,
                p.attempts, p.status == Publication.Status.PENDING ? p.nextAttemptAt : null, p.lastAttemptAt, p.lastError,
                p.violations == null ? null : read(p.violations), entries, p.createdAt, p.deliveredAt, withBody ? body : null);
    }

    private JsonNode read(String text) {
        if (text == null) {
            return json.createArrayNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not JSON", e);
        }
    }
}

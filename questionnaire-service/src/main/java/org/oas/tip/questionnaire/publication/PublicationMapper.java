package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Outbox rows as the API shows them. */
@ApplicationScoped
public class PublicationMapper {

    private final ObjectMapper json;

    public PublicationMapper(ObjectMapper json) {
        this.json = json;
    }

    public PublicationView toView(Publication p, boolean withPayload) {
        JsonNode payload = read(p.payload);
        return new PublicationView(p.id, p.cycle, p.country, p.question, p.position, payload.path("kind").asText(null),
                payload.path("title").asText(null), p.status, p.attempts,
                p.status == Publication.Status.PENDING ? p.nextAttemptAt : null, p.lastAttemptAt, p.lastError, p.registryId,
                p.createdAt, p.enqueuedAt, p.deliveredAt, withPayload ? payload : null);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
    }
}

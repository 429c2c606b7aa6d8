package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Set;

/**
 * Sends one reconcile body to the registry within the configured time and says what became of it: answered (with the
 * per-entry results), worth retrying (the registry or the token server did not answer properly), or refused for good.
 */
@ApplicationScoped
public class RegistryPublisher {

    /** Statuses in 4xx that say nothing about the body: a token, a role, a timeout or throttling, all worth retrying. */
    static final Set<Integer> TRANSIENT_4XX = Set.of(401, 403, 408, 429);
    private static final int MAX_ERROR = 2000;

    /** What became of one attempt. */
    public sealed interface Outcome {
        record Answered(JsonNode response) implements Outcome {
        }

        record Retry(String error) implements Outcome {
        }

        /** @param violations the problem's violations as they came, or null when it named none */
        record Refused(String error, JsonNode violations) implements Outcome {
        }
    }

    private final RegistryPublicationClient registry;
    private final PublicationConfig config;
    private final ObjectMapper json;

    public RegistryPublisher(@RestClient RegistryPublicationClient registry, PublicationConfig config, ObjectMapper json) {
        this.registry = registry;
        this.config = config;
        this.json = json;
    }

    public Outcome publish(String body) {
        try {
            return new Outcome.Answered(registry.publish(body).await().atMost(config.requestTimeout()));
        } catch (RegistryPublicationClient.Refused refused) {
            JsonNode problem = problem(refused.body);
            String error = clip("HTTP " + refused.status + ": " + detail(problem, refused.body));
            boolean transientStatus = refused.status >= 500 || refused.status < 400 || TRANSIENT_4XX.contains(refused.status);
            return transientStatus ? new Outcome.Retry(error)
                    : new Outcome.Refused(error, problem != null && problem.has("violations") ? problem.get("violations") : null);
        } catch (TimeoutException e) {
            return new Outcome.Retry("no answer within " + config.requestTimeout().toMillis() + " ms");
        } catch (RuntimeException e) {
            // connection refused or reset, unknown host, no token from Keycloak: the registry never judged the body
            return new Outcome.Retry(clip(describe(e)));
        }
    }

    private JsonNode problem(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode problem = json.readTree(body);
            return problem.isObject() ? problem : null;
        } catch (Exception notJson) {
            return null;
        }
    }

    /** The problem's detail and every named violation, or the body as it came when it is not problem+json. */
    private static String detail(JsonNode problem, String body) {
        if (problem == null) {
            return body == null || body.isBlank() ? "(no body)" : body;
        }
        StringBuilder text = new StringBuilder(problem.path("detail").asText(problem.path("title").asText("")));
        for (JsonNode violation : problem.path("violations")) {
            text.append(text.isEmpty() ? "" : "; ").append(violation.path("field").asText()).append(": ")
                    .append(violation.path("message").asText());
        }
        return text.isEmpty() ? body : text.toString();
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "registry unreachable: " + message;
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}

package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's bulk reconcile of one accepted response, called with a client-credentials token of this service
 * (Keycloak client {@code questionnaire-service}, realm role tip-publisher, which no person holds) that the OIDC client
 * filter fetches and renews.
 */
@Path("/api/registry/v1/cycle-publications")
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
public interface RegistryPublicationClient {

    /** Any answer outside 2xx, with its status and body (problem+json from the registry, or whatever a proxy sent). */
    class Refused extends RuntimeException {
        final int status;
        final String body;

        Refused(int status, String body) {
            super("HTTP " + status);
            this.status = status;
            this.body = body;
        }
    }

    /** Idempotent by the body's key: the same key and body give the stored result again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<JsonNode> publish(String body);

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        String body = null;
        if (response.hasEntity()) {
            try {
                body = response.readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = null;
            }
        }
        return new Refused(response.getStatus(), body);
    }
}

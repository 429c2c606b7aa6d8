package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The registry's upsert of a cycle's answer as an instrument, called with a client-credentials token of this service
 * (Keycloak client {@code questionnaire-service}, realm role tip-admin) that the OIDC client filter fetches and renews.
 */
@Path("/api/registry/v1/cycle-answers")
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
public interface RegistryPublicationClient {

    /** The part of the registry's answer this service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishedInstrument(Long id) {
    }

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

    /** Idempotent by the key: 201 the first time, 200 after. The body is a {@link RegistryInstrument} as stored. */
    @PUT
    @Path("{cycle}/{country}/{question}/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<RestResponse<PublishedInstrument>> publish(@PathParam("cycle") String cycle, @PathParam("country") String country,
                                                   @PathParam("question") String question, @PathParam("position") int position,
                                                   String body);

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

package org.oas.tip.questionnaire.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/**
 * A country's inventory in the registry ({@code GET /api/registry/v1/instruments}), read with this service's own
 * client-credentials token, so that restricted instruments are in it too.
 */
@Path("/api/registry/v1/instruments")
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
public interface InventoryClient {

    /** One page: instruments as the registry shows them (kept whole), and the cursor of the next page. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<JsonNode> items, String next) {
    }

    @GET
    Page list(@QueryParam("country") String country, @QueryParam("status") String status, @QueryParam("limit") int limit,
              @QueryParam("cursor") String cursor);
}

package org.oas.tip.questionnaire.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's public instrument rules: a JSON Schema per instrument kind and the relations between fields, which
 * the registry checks every write with. 200 with the document and its revision as ETag, or 304 when
 * {@code If-None-Match} names the current revision.
 */
@Path("/api/registry/v1/instrument-rules")
@RegisterRestClient(configKey = "registry")
public interface InstrumentRulesClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response rules(@HeaderParam("If-None-Match") String ifNoneMatch);
}

package org.oas.tip.questionnaire.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.Problems;

import java.util.List;

/** The outbox of publication to the registry, as the secretariat and analysts follow it. */
@Path("/api/questionnaire/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication to the registry")
public class PublicationResource {

    private static final String PROBLEM = "application/problem+json";

    private final PublicationService service;

    public PublicationResource(PublicationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(summary = "List the instruments queued for the registry", description = "One row per instrument of an accepted "
            + "response, without its body, ordered by cycle, country, question and position.")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(schema = @Schema(implementation = PublicationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "status is not PENDING, DELIVERED or FAILED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat or an analyst", content = @Content(mediaType = PROBLEM))
    public List<PublicationView> list(
            @QueryParam("status") @Parameter(description = "PENDING, DELIVERED or FAILED") String status,
            @QueryParam("cycle") @Parameter(description = "A cycle's code", example = "2019-2023") String cycle,
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3", example = "ARG") String country) {
        return service.list(status, cycle, country);
    }

    @GET
    @Path("summary")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(summary = "How publication to the registry is going", description = "Rows per status, and the age of the oldest "
            + "pending one: a growing age means the registry or Keycloak has not been reachable.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PublicationSummary.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat or an analyst", content = @Content(mediaType = PROBLEM))
    public PublicationSummary summary() {
        return service.summary();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(summary = "Get one queued instrument, with the body sent to the registry")
    @APIResponse(responseCode = "200", description = "The row and its body", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat or an analyst", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such row", content = @Content(mediaType = PROBLEM))
    public PublicationView get(@PathParam("id") long id) {
        return service.get(id).orElseThrow(() -> Problems.notFound("Publication " + id));
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed("tip-admin")
    @Operation(summary = "Send a refused instrument again", description = "Puts a FAILED row back to PENDING, due now, once the "
            + "cause is fixed (in the registry, or in the answers by a new acceptance). Secretariat only.")
    @APIResponse(responseCode = "200", description = "The row, PENDING", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such row", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The row is not FAILED", content = @Content(mediaType = PROBLEM))
    public PublicationView retry(@PathParam("id") long id) {
        return service.retry(id);
    }
}

package org.oas.tip.questionnaire.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.mapping.ResolutionInput;
import org.oas.tip.questionnaire.publication.LegacyPublicationView;
import org.oas.tip.questionnaire.publication.Publication;
import org.oas.tip.questionnaire.publication.PublicationService;
import org.oas.tip.questionnaire.publication.PublicationSummary;
import org.oas.tip.questionnaire.publication.PublicationView;
import org.oas.tip.questionnaire.service.ResolutionService;

import java.util.List;

/** The outbox of publication to the registry, as the secretariat and analysts follow it. */
@Path("/api/questionnaire/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.PUBLICATIONS, description = ApiTags.PUBLICATIONS_TEXT)
public class PublicationResource {

    private static final String PROBLEM = "application/problem+json";

    private static final String ID = "The publication's id";

    private final PublicationService service;
    private final ResolutionService resolutions;
    private final CurrentCaller caller;

    public PublicationResource(PublicationService service, ResolutionService resolutions, CurrentCaller caller) {
        this.service = service;
        this.resolutions = resolutions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "listPublications",
            summary = "List the responses published to the registry", description = "One row per accepted response and "
            + "publication revision (each sent as one bulk reconcile), with every entry and the registry's result for it, "
            + "without the body; ordered by cycle, country and revision.")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(schema = @Schema(implementation = PublicationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "status is not PENDING, DELIVERED, CONFLICT, FAILED or SUPERSEDED", content = @Content(mediaType = PROBLEM))
    public List<PublicationView> list(
            @QueryParam("status") @Parameter(description = "Only the publications in this status, written as listed (upper case)",
                    schema = @Schema(implementation = Publication.Status.class)) String status,
            @QueryParam("cycle") @Parameter(description = "Only this cycle's, by its code", example = "2019-2023") String cycle,
            @QueryParam("country") @Parameter(description = "Only this member state's, by ISO 3166-1 alpha-3 code", example = "ARG") String country) {
        return service.list(status, cycle, country);
    }

    @GET
    @Path("summary")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "getPublicationSummary",
            summary = "How publication to the registry is going", description = "Response publications per status, and the "
            + "age of the oldest pending one: a growing age means the registry or Keycloak has not been reachable.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PublicationSummary.class)))
    public PublicationSummary summary() {
        return service.summary();
    }

    @GET
    @Path("legacy")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "listLegacyPublications",
            summary = "List the per-instrument publications of before the bulk reconcile", description = "Read only. Those "
            + "never delivered become SUPERSEDED when their response is republished (an amendment republishes it whole).")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(schema = @Schema(implementation = LegacyPublicationView.class, type = SchemaType.ARRAY)))
    public List<LegacyPublicationView> legacy(
            @QueryParam("cycle") @Parameter(description = "Only this cycle's, by its code", example = "2019-2023") String cycle,
            @QueryParam("country") @Parameter(description = "Only this member state's, by ISO 3166-1 alpha-3 code", example = "ARG") String country) {
        return service.legacy(cycle, country);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "getPublication",
            summary = "Get one response publication, with the body sent to the registry", description = "Entries with "
            + "their results; a FAILED one has the registry's violations, a CONFLICT one the values of both sides per field.")
    @APIResponse(responseCode = "200", description = "The publication and its body", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "404", description = "No such publication", content = @Content(mediaType = PROBLEM))
    public PublicationView get(@PathParam("id") @Parameter(description = ID) long id) {
        return service.get(id).orElseThrow(() -> Problems.notFound("Publication " + id));
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "retryPublication",
            summary = "Send a refused publication again", description = "Puts a FAILED publication back to PENDING, due now, "
            + "once the cause is fixed in the registry. When the answers are wrong, amend them instead "
            + "(PATCH .../accepted-answers), which publishes a new revision. Secretariat only.")
    @APIResponse(responseCode = "200", description = "The publication, PENDING", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "404", description = "No such publication", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The publication is not FAILED", content = @Content(mediaType = PROBLEM))
    public PublicationView retry(@PathParam("id") @Parameter(description = ID) long id) {
        return service.retry(id);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "resolvePublicationConflicts",
            summary = "Resolve the conflicts of a publication", description = "For each conflicting entry, keep the country's "
            + "values (COUNTRY: they apply on top of the registry's current revision) or the registry's (REGISTRY: the entry's "
            + "answers take the registry's values and confirm them). Done as an amendment of the accepted answers: audited in the "
            + "response history and republished as the next revision with amendment=true. Secretariat only.")
    @APIResponse(responseCode = "200", description = "The new publication revision, PENDING",
            content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", description = "An entry that is not a conflict of this publication, or keep not COUNTRY/REGISTRY",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such publication", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not CONFLICT, or the response changed since", content = @Content(mediaType = PROBLEM))
    public PublicationView resolve(@PathParam("id") @Parameter(description = ID) long id,
                                   @RequestBody(required = true, description = "Which side to keep, per conflicting entry") ResolutionInput input) {
        return resolutions.resolve(id, input, caller.get());
    }
}

package org.oas.tip.questionnaire.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.mapping.ChangeView;
import org.oas.tip.questionnaire.mapping.ValidationReport;
import org.oas.tip.questionnaire.service.IdempotentSubmission;
import org.oas.tip.questionnaire.service.ResponseService;

import java.util.List;

/**
 * A member state's assignment and answers in a cycle: its focal point (or the secretariat on its behalf) saves and
 * submits; analysts read. A focal point never sees another country's (404).
 */
@Path("/api/questionnaire/v1/cycles/{cycle}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses")
public class ResponseResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String RULES_UNAVAILABLE = "Instrument entries need the registry's instrument rules, and neither the "
            + "registry nor a stored copy has them (only before the registry first answered); retry after Retry-After seconds";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final ResponseService service;
    private final IdempotentSubmission submissions;
    private final CurrentCaller caller;

    public ResponseResource(ResponseService service, IdempotentSubmission submissions, CurrentCaller caller) {
        this.service = service;
        this.submissions = submissions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "The assignments of a cycle", description = "All of them for the secretariat and analysts; a focal point sees its own.")
    @APIResponse(responseCode = "200", description = "Assignments without answers",
            content = @Content(schema = @Schema(implementation = AssignmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = PROBLEM))
    public List<AssignmentView> list(@PathParam("cycle") String cycle) {
        return service.list(cycle, caller.get());
    }

    @GET
    @Path("{country}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "One country's assignment and answers", description = "The ETag is needed to save or submit.")
    @APIResponse(responseCode = "200", description = "The assignment", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such cycle or assignment, or another country's", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("cycle") String cycle, @PathParam("country") String country) {
        return ETags.ok(service.get(cycle, country, caller.get()));
    }

    @PATCH
    @Path("{country}/answers")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(summary = "Save answers", description = "A JSON merge patch (RFC 7396) keyed by linkId: one answer or many at once, "
            + "repeating groups as arrays, null removes. Checked against the cycle's exact questionnaire version, and every instrument "
            + "entry against the registry's instrument rules (formats; required fields only at submission); every problem is "
            + "listed by linkId and nothing is stored when there is one. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Every problem, by linkId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not this country's focal point nor the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Submitted or accepted: locked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    public Response save(@PathParam("cycle") String cycle, @PathParam("country") String country,
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return ETags.ok(service.save(cycle, country, ETags.expectedVersion(ifMatch), patch, caller.get()));
    }

    @POST
    @Path("{country}/answers/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(summary = "Validate answers without storing them", description = "Applies the patch (may be {}) to the stored answers "
            + "and reports every problem, as a save (mode=draft) or a submission (mode=submission, the default) would, the registry's "
            + "instrument rules included: an answer valid here is not refused by the registry at publication (except a successor "
            + "the registry does not hold).")
    @APIResponse(responseCode = "200", description = "The report; nothing stored", content = @Content(schema = @Schema(implementation = ValidationReport.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, or unknown mode", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not this country's focal point nor the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    public ValidationReport validate(@PathParam("cycle") String cycle, @PathParam("country") String country,
                                     @QueryParam("mode") @DefaultValue("submission") String mode, JsonNode patch) {
        return service.validate(cycle, country, patch, QuestionnaireResource.mode(mode), caller.get());
    }

    @POST
    @Path("{country}/submission")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(summary = "Submit the answers", description = "With an optional last merge patch. Every required item must be answered. "
            + "Late submissions are accepted and flagged. Requires If-Match; with an Idempotency-Key a retry gets the first result.")
    @APIResponse(responseCode = "200", description = "Submitted (or the replay of the first submission)",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Every problem, by linkId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not this country's focal point nor the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already submitted or accepted", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    public Response submit(@PathParam("cycle") String cycle, @PathParam("country") String country,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam("Idempotency-Key") @Parameter(description = "Unique per intended submission") String key,
                           JsonNode patch) {
        IdempotentSubmission.Submitted submitted = submissions.submit(key, cycle, country, ETags.expectedVersion(ifMatch), patch, caller.get());
        return ETags.ok(submitted.assignment());
    }

    @GET
    @Path("{country}/history")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "Every change of the answers", description = "Who (subject, client, country), when, before and after, per linkId.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(schema = @Schema(implementation = ChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    public List<ChangeView> history(@PathParam("cycle") String cycle, @PathParam("country") String country) {
        return service.history(cycle, country, caller.get());
    }
}

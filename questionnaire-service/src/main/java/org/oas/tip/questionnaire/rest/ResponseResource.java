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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.links.Link;
import org.eclipse.microprofile.openapi.annotations.links.LinkParameter;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Idempotency;
import org.oas.tip.questionnaire.mapping.AnswerDocument;
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
@Tag(name = ApiTags.RESPONSES, description = ApiTags.RESPONSES_TEXT)
public class ResponseResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String RULES_UNAVAILABLE = "Instrument entries need the registry's instrument rules, and neither the "
            + "registry nor a stored copy has them (only before the registry first answered); retry after Retry-After seconds";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    static final String CYCLE = "The cycle's code, e.g. 2015-2018";
    static final String COUNTRY = "The member state's ISO 3166-1 alpha-3 code, e.g. ARG";
    static final String IF_MATCH = "The ETag of the assignment as last read (GET .../assignments/{country}); 412 when it changed since";

    private static final String PARTIAL = "A partial answer of the structured questionnaire (oas-tip-structured)";

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
    @Operation(operationId = "listAssignments",
            summary = "The assignments of a cycle", description = "All of them for the secretariat and analysts; a focal point sees its own.")
    @APIResponse(responseCode = "200", description = "Assignments without answers",
            content = @Content(schema = @Schema(implementation = AssignmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = PROBLEM))
    public List<AssignmentView> list(@PathParam("cycle") @Parameter(description = CYCLE) String cycle) {
        return service.list(cycle, caller.get());
    }

    @GET
    @Path("{country}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "getAssignment",
            summary = "One country's assignment and answers", description = "The ETag is needed to save or submit.")
    @APIResponse(responseCode = "200", description = "The assignment with its answers; the ETag header is its version",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The assignment's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            links = @Link(name = "responseSchema", operationId = "getResponseSchema", description = "The JSON Schema the answers of this "
                    + "assignment follow: its questionnaire version's",
                    parameters = {@LinkParameter(name = "code", expression = "$response.body#/questionnaire"),
                            @LinkParameter(name = "version", expression = "$response.body#/questionnaireVersion")}))
    @APIResponse(responseCode = "404", description = "No such cycle or assignment, or another country's", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("cycle") @Parameter(description = CYCLE) String cycle,
                        @PathParam("country") @Parameter(description = COUNTRY) String country) {
        return ETags.ok(service.get(cycle, country, caller.get()));
    }

    @PATCH
    @Path("{country}/answers")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "saveAnswers",
            summary = "Save answers", description = "A JSON merge patch (RFC 7396) keyed by linkId: one answer or many at once, "
            + "repeating groups as arrays, null removes. Checked against the cycle's exact questionnaire version, and every instrument "
            + "entry against the registry's instrument rules (formats; required fields only at submission); every problem is "
            + "listed by linkId and nothing is stored when there is one. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Every problem, by linkId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Submitted or accepted: locked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    @RequestBody(required = true, description = "A JSON merge patch of the answer document: the answers to set, null to remove one",
            content = {@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = AnswerDocument.class),
                    examples = @ExampleObject(name = "partial", summary = PARTIAL, value = AnswerDocument.EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerDocument.class),
                            examples = @ExampleObject(name = "partial", summary = PARTIAL, value = AnswerDocument.EXAMPLE))})
    public Response save(@PathParam("cycle") @Parameter(description = CYCLE) String cycle,
                         @PathParam("country") @Parameter(description = COUNTRY) String country,
                         @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch,
                         JsonNode patch) {
        return ETags.ok(service.save(cycle, country, ETags.expectedVersion(ifMatch), patch, caller.get()));
    }

    @POST
    @Path("{country}/answers/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "validateAnswers",
            summary = "Validate answers without storing them", description = "Applies the patch (may be {}) to the stored answers "
            + "and reports every problem, as a save (mode=draft) or a submission (mode=submission, the default) would, the registry's "
            + "instrument rules included: an answer valid here is not refused by the registry at publication (except a successor "
            + "the registry does not hold).")
    @APIResponse(responseCode = "200", description = "The report; nothing stored", content = @Content(schema = @Schema(implementation = ValidationReport.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, or unknown mode", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    @RequestBody(required = true, description = "A JSON merge patch applied to the stored answers before checking; {} checks them as they are",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerDocument.class),
                    examples = {@ExampleObject(name = "partial", summary = PARTIAL, value = AnswerDocument.EXAMPLE),
                            @ExampleObject(name = "stored", summary = "The stored answers as they are", value = "{}")}))
    public ValidationReport validate(@PathParam("cycle") @Parameter(description = CYCLE) String cycle,
                                     @PathParam("country") @Parameter(description = COUNTRY) String country,
                                     @QueryParam("mode") @DefaultValue("submission") @Parameter(description = QuestionnaireResource.MODE
                                             + " (default submission)", schema = @Schema(enumeration = {"draft", "submission"},
                                             defaultValue = "submission")) String mode,
                                     JsonNode patch) {
        return service.validate(cycle, country, patch, QuestionnaireResource.mode(mode), caller.get());
    }

    @POST
    @Path("{country}/submission")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "submitResponse",
            summary = "Submit the answers", description = "With an optional last merge patch. Every required item must be answered. "
            + "Late submissions are accepted and flagged. Requires If-Match; with an Idempotency-Key a retry gets the first result.")
    @APIResponse(responseCode = "200", description = "Submitted (or the replay of the first submission)",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Every problem, by linkId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already submitted or accepted", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for another request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = RULES_UNAVAILABLE, content = @Content(mediaType = PROBLEM))
    @RequestBody(required = false, description = "Optional: a last JSON merge patch of the answer document, applied before submitting",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerDocument.class),
                    examples = {@ExampleObject(name = "partial", summary = PARTIAL, value = AnswerDocument.EXAMPLE),
                            @ExampleObject(name = "asStored", summary = "Submit the stored answers as they are", value = "{}")}))
    public Response submit(@PathParam("cycle") @Parameter(description = CYCLE) String cycle,
                           @PathParam("country") @Parameter(description = COUNTRY) String country,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch,
                           @HeaderParam("Idempotency-Key") @Parameter(description = "Optional: one value per intended submission "
                                   + "(e.g. a UUID), up to 200 characters, per caller. A retry with the same key and body gets the "
                                   + "first result again (status, body, ETag) instead of a second submission; the same key with "
                                   + "another body is a 422", schema = @Schema(type = SchemaType.STRING, minLength = 1,
                                   maxLength = Idempotency.MAX_KEY_LENGTH),
                                   example = "3f1c2a7e-9b1d-4c55-8f0e-2a6d5b7c9e10") String key,
                           JsonNode patch) {
        IdempotentSubmission.Submitted submitted = submissions.submit(key, cycle, country, ETags.expectedVersion(ifMatch), patch, caller.get());
        return ETags.ok(submitted.assignment());
    }

    @GET
    @Path("{country}/history")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listAnswerHistory",
            summary = "Every change of the answers", description = "Who (subject, client, country), when, before and after, per linkId.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(schema = @Schema(implementation = ChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    public List<ChangeView> history(@PathParam("cycle") @Parameter(description = CYCLE) String cycle,
                                    @PathParam("country") @Parameter(description = COUNTRY) String country) {
        return service.history(cycle, country, caller.get());
    }
}

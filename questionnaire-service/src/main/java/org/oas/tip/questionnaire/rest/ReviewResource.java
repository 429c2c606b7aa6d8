package org.oas.tip.questionnaire.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.mapping.ClarificationView;
import org.oas.tip.questionnaire.mapping.CodedAnswerView;
import org.oas.tip.questionnaire.mapping.CodingInput;
import org.oas.tip.questionnaire.mapping.TextInput;
import org.oas.tip.questionnaire.service.CodingService;
import org.oas.tip.questionnaire.service.ReviewService;

import java.util.List;

/** The secretariat's review of a response: clarification threads, acceptance, and coding of answers. */
@Path("/api/questionnaire/v1/cycles/{cycle}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.REVIEW, description = ApiTags.REVIEW_TEXT)
public class ReviewResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReviewService review;
    private final CodingService coding;
    private final CurrentCaller caller;

    public ReviewResource(ReviewService review, CodingService coding, CurrentCaller caller) {
        this.review = review;
        this.coding = coding;
        this.caller = caller;
    }

    @GET
    @Path("{country}/clarifications")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listClarifications", summary = "The clarification threads of a response",
            description = "Each thread is about one answer (linkId), with its messages in order and its status.")
    @APIResponse(responseCode = "200", description = "The threads",
            content = @Content(schema = @Schema(implementation = ClarificationView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such assignment, or another country's", content = @Content(mediaType = PROBLEM))
    public List<ClarificationView> clarifications(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                                                  @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country) {
        return review.list(cycle, country, caller.get());
    }

    @POST
    @Path("{country}/clarifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "askClarification",
            summary = "Ask about one answer", description = "Reopens the submitted response for the country (CLARIFICATION_REQUESTED).")
    @APIResponse(responseCode = "201", description = "The new thread", content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown linkId or no text", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The response is not submitted", content = @Content(mediaType = PROBLEM))
    public Response ask(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                        @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                        @RequestBody(required = true, description = "The answer asked about (its linkId) and the question") TextInput input) {
        return Response.status(Response.Status.CREATED).entity(review.ask(cycle, country, input, caller.get())).build();
    }

    @POST
    @Path("{country}/clarifications/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "replyToClarification",
            summary = "Reply in a clarification thread", description = "The country's reply marks the thread ANSWERED.")
    @APIResponse(responseCode = "200", description = "The thread", content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "No text, or too long", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such thread, or another country's", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The thread is resolved", content = @Content(mediaType = PROBLEM))
    public ClarificationView reply(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                                   @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                                   @PathParam("id") @Parameter(description = "The thread's id") long id,
                                   @RequestBody(required = true, description = "The reply") TextInput input) {
        return review.reply(cycle, country, id, input, caller.get());
    }

    @POST
    @Path("{country}/clarifications/{id}/resolution")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "resolveClarification", summary = "Resolve a clarification thread",
            description = "The secretariat is satisfied; a response is accepted only once all its threads are resolved.")
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "404", description = "No such thread", content = @Content(mediaType = PROBLEM))
    public ClarificationView resolve(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                                     @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                                     @PathParam("id") @Parameter(description = "The thread's id") long id) {
        return review.resolve(cycle, country, id, caller.get());
    }

    @POST
    @Path("{country}/acceptance")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "acceptResponse",
            summary = "Accept a submitted response", description = "Every clarification must be resolved. Requires If-Match. The answers "
            + "that are instruments are then published to the registry (outbox, retried until it confirms).")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not submitted, or clarifications open", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response accept(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                           @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = "The ETag of the assignment as "
                                   + "last read; 412 when it changed since") String ifMatch) {
        Versioned<AssignmentView> accepted = review.accept(cycle, country, ETags.expectedVersion(ifMatch), caller.get());
        return ETags.ok(accepted);
    }

    @POST
    @Path("{country}/codings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "codeAnswer",
            summary = "Code an answer", description = "Records a comparable value for an item of the structured questionnaire, "
            + "e.g. a vulnerable-population variable read in an open answer.")
    @APIResponse(responseCode = "201", description = "Coded", content = @Content(schema = @Schema(implementation = CodedAnswerView.class)))
    @APIResponse(responseCode = "400", description = "Unknown item or a value outside its options", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such assignment", content = @Content(mediaType = PROBLEM))
    public Response code(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                         @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                         @RequestBody(required = true, description = "The item and its coded value") CodingInput input) {
        return Response.status(Response.Status.CREATED).entity(coding.code(cycle, country, input, caller.get())).build();
    }
}

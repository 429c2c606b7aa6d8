package org.oas.tip.questionnaire.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.mapping.AmendmentInput;
import org.oas.tip.questionnaire.mapping.AssignmentView;
import org.oas.tip.questionnaire.service.AmendmentService;

/** The secretariat's amendment of an accepted response, the repair of a publication the registry refused. */
@Path("/api/questionnaire/v1/cycles/{cycle}/assignments/{country}/accepted-answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.REVIEW, description = ApiTags.REVIEW_TEXT)
public class AmendmentResource {

    private static final String PROBLEM = "application/problem+json";

    private static final String EXAMPLE = """
            {"reason": "The registry refused the hotline number written with letters; corrected with the focal point by e-mail",
             "answers": {"E": {"E.channels": [{"E.channels.title": "Línea 145", "E.channels.type": "DEDICATED_TIP_LINE",
                                               "E.channels.contact": "145"}]}}}""";

    private final AmendmentService service;
    private final CurrentCaller caller;

    public AmendmentResource(AmendmentService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "amendAcceptedAnswers",
            summary = "Amend accepted answers", description = "The secretariat corrects an accepted response: `answers` is a JSON "
            + "merge patch by linkId (like PATCH .../answers; {} changes nothing), `reason` says why. The result is validated like a "
            + "submission; every changed answer goes into the history with who and why; the response stays ACCEPTED and is "
            + "republished whole as the next publication revision with amendment=true (which also supersedes its undelivered "
            + "per-instrument rows of before). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Amended and queued for the registry",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "No reason, or every problem of the amended answers by linkId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such cycle or assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The response is not ACCEPTED", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response amend(@PathParam("cycle") @Parameter(description = ResponseResource.CYCLE) String cycle,
                          @PathParam("country") @Parameter(description = ResponseResource.COUNTRY) String country,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = "The ETag of the assignment as "
                                  + "last read; 412 when it changed since") String ifMatch,
                          @RequestBody(required = true, description = "Why, and the merge patch of the answers",
                                  content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentInput.class),
                                          examples = @ExampleObject(name = "hotline", summary = "Correct one channel's number", value = EXAMPLE)))
                          AmendmentInput input) {
        Versioned<AssignmentView> amended = service.amend(cycle, country, ETags.expectedVersion(ifMatch), input, caller.get());
        return ETags.ok(amended);
    }
}

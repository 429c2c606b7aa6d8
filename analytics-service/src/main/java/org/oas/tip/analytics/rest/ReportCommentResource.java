package org.oas.tip.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.CommentInput;
import org.oas.tip.analytics.mapping.CommentView;
import org.oas.tip.analytics.service.ReportService;
import org.oas.tip.defaults.CurrentCaller;

import java.util.List;

/** The countries' comments on a report under review, section by section. */
@Path("/api/analytics/v1/reports/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.REPORTS, description = ApiTags.REPORTS_TEXT)
public class ReportCommentResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportService reports;
    private final CurrentCaller caller;

    public ReportCommentResource(ReportService reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listReportComments", summary = "Read the comments", description = "The secretariat and analysts read every country's; a focal point its own country's.")
    @APIResponse(responseCode = "200", description = "The comments, oldest first",
            content = @Content(schema = @Schema(implementation = CommentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such report, or a draft", content = @Content(mediaType = PROBLEM))
    public List<CommentView> list(@PathParam("id") @Parameter(description = "The report's id") long id) {
        return reports.comments(id, caller.get());
    }

    @POST
    @RolesAllowed("focal-point")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportComment", summary = "Comment on a section", description = "A focal point, on behalf of its own country (from its token), "
            + "while the report is under COUNTRY_REVIEW.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "Unknown section, empty or too long text", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such report, or a draft", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The report is not under country review", content = @Content(mediaType = PROBLEM))
    public Response comment(@PathParam("id") @Parameter(description = "The report's id") long id, CommentInput input) {
        return Response.status(Response.Status.CREATED).entity(reports.comment(id, input, caller.get())).build();
    }
}

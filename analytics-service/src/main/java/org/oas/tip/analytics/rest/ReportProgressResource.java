package org.oas.tip.analytics.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.ReportProgressView;
import org.oas.tip.analytics.service.ReportDocuments;
import org.oas.tip.analytics.service.ReportService;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.Problems;

/** Progress between two reports, as published: public when both are FINAL. */
@Path("/api/analytics/v1/reports/{id}/progress")
@Tag(name = ApiTags.REPORTS, description = ApiTags.REPORTS_TEXT)
@PermitAll
public class ReportProgressResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportService reports;
    private final ReportDocuments documents;
    private final CurrentCaller caller;

    public ReportProgressResource(ReportService reports, ReportDocuments documents, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportProgress", summary = "Progress since an earlier report",
            description = "Each published indicator of this report against the same one of `since` (usually the previous "
                    + "cycle's report): value, share and mean before and after, and per category its count and share before "
                    + "and after and the countries that entered and left it. Anyone may compare two FINAL reports; if either "
                    + "is not FINAL, only the secretariat and analysts may (404 for everyone else). Both sides are the "
                    + "published views, so nothing restricted shows.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = ReportProgressView.class)))
    @APIResponse(responseCode = "400", description = "`since` missing", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such report on either side, or one the caller may not compare",
            content = @Content(mediaType = PROBLEM))
    public ReportProgressView progress(@PathParam("id") @Parameter(description = "The report's id") long id,
                                       @QueryParam("since") @Parameter(description = "The earlier report's id", required = true) Long since,
                                       @QueryParam("all") @DefaultValue("false") @Parameter(description = "Also the indicators that did not move") boolean all) {
        if (since == null) {
            throw Problems.invalidParameter("since", "the id of the report to compare against is required");
        }
        ReportService.Pair pair = reports.forProgress(id, since, caller.get());
        return documents.progress(pair.now(), pair.before(), all);
    }
}

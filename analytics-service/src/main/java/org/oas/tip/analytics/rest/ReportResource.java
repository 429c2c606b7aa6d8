package org.oas.tip.analytics.rest;

import org.oas.tip.defaults.Versioned;
import org.oas.tip.defaults.ETags;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.mapping.NewReport;
import org.oas.tip.analytics.mapping.ReportView;
import org.oas.tip.analytics.mapping.StatusChange;
import org.oas.tip.analytics.service.ReportDocuments;
import org.oas.tip.analytics.service.ReportService;
import org.oas.tip.defaults.CurrentCaller;

import java.util.List;

/** Progress reports: assembled from a snapshot by the secretariat, reviewed by the countries, then published. */
@Path("/api/analytics/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.REPORTS, description = ApiTags.REPORTS_TEXT)
public class ReportResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportService reports;
    private final ReportDocuments documents;
    private final CurrentCaller caller;

    public ReportResource(ReportService reports, ReportDocuments documents, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listReports", summary = "List reports", description = "Newest first. FINAL reports are public; focal points also see those "
            + "under COUNTRY_REVIEW; the secretariat and analysts see drafts too.")
    @APIResponse(responseCode = "200", description = "The reports the caller may read",
            content = @Content(schema = @Schema(implementation = ReportView.class, type = SchemaType.ARRAY)))
    public List<ReportView> list(@QueryParam("cycle") @Parameter(description = "Only the reports of this cycle", example = "2015-2018") String cycle,
                                 @QueryParam("status") @Parameter(description = "Only the reports in this status (among those the caller may read)",
                                         schema = @Schema(implementation = Report.Status.class)) String status) {
        return reports.list(cycle, ReportService.status(status), caller.get()).stream().map(r -> documents.view(r, false)).toList();
    }

    @POST
    @RolesAllowed("tip-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReport", summary = "Assemble a report", description = "A DRAFT report of one snapshot's figures; the snapshot never "
            + "changes, so neither do the report's figures.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "The report",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No such snapshot, or a bad title", content = @Content(mediaType = PROBLEM))
    public Response create(NewReport input, @Context UriInfo uri) {
        Report r = reports.create(input, caller.get());
        return ETags.tagged(Response.created(uri.getBaseUriBuilder().path("api/analytics/v1/reports/{id}").build(r.id)),
                new Versioned<>(documents.view(r, false), r.version)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getReport", summary = "Read a report", description = "Its sections A-G with every figure as published: counts, "
            + "percentages, statistics and the countries behind each number; drill-down names public records only. "
            + "As an HTML document: `/reports/{id}/document.html`.")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag", description = "Needed to change its status",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may read yet", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") @Parameter(description = "The report's id") long id) {
        Report r = reports.get(id, caller.get());
        return ETags.ok(new Versioned<>(documents.view(r, true), r.version));
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String htmlNegotiated(@PathParam("id") long id, @QueryParam("since") Long since) {
        return html(id, since);
    }

    @GET
    @Path("{id}/document.html")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getReportDocument", summary = "Read a report as a document", description = "The assembled progress report in HTML: sections A-G "
            + "with their charts and tables, SDG 16.2.2 with small counts suppressed, the appendix inventories of public "
            + "instruments and the data notes; with `since`, a section on the progress since that earlier report (who may "
            + "read it as for `/reports/{id}/progress`).")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may read yet", content = @Content(mediaType = PROBLEM))
    public String html(@PathParam("id") @Parameter(description = "The report's id") long id,
                       @QueryParam("since") @Parameter(description = "An earlier report to show the progress since") Long since) {
        if (since != null) {
            ReportService.Pair pair = reports.forProgress(id, since, caller.get());
            return documents.html(pair.now().id, pair.now().version, pair.before().id, pair.before().version, pair.now(),
                    pair.before());
        }
        Report r = reports.get(id, caller.get());
        return documents.html(r.id, r.version, 0, 0, r, null);
    }

    @PUT
    @Path("{id}/status")
    @RolesAllowed("tip-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeReportStatus", summary = "Move a report on", description = "DRAFT to COUNTRY_REVIEW, then COUNTRY_REVIEW to FINAL; nothing "
            + "else. A FINAL report is public and never changes. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No status, or not a status", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such report", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not the next status", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response changeStatus(@PathParam("id") @Parameter(description = "The report's id") long id, StatusChange change,
                                 @HeaderParam("If-Match") @Parameter(required = true, description = "The ETag of the report as last "
                                         + "read (428 without it, 412 when stale)") String ifMatch) {
        Report r = reports.changeStatus(id, change, ifMatch, caller.get());
        return ETags.ok(new Versioned<>(documents.view(r, false), r.version));
    }
}

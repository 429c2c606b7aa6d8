package org.oas.tip.analytics.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.Report;
import org.oas.tip.analytics.mapping.ResultCsv;
import org.oas.tip.analytics.mapping.ResultView;
import org.oas.tip.analytics.mapping.SdgCsv;
import org.oas.tip.analytics.mapping.SdgView;
import org.oas.tip.analytics.service.ReportDocuments;
import org.oas.tip.analytics.service.ReportService;
import org.oas.tip.analytics.service.SdgExport;
import org.oas.tip.defaults.CurrentCaller;

/** One figure of a report: its result as JSON or CSV, and its chart as SVG, for other systems to embed. */
@Path("/api/analytics/v1/reports/{id}")
@Tag(name = ApiTags.REPORTS, description = ApiTags.REPORTS_TEXT)
@PermitAll
public class ReportFigureResource {

    private static final String PROBLEM = "application/problem+json";
    static final String SVG = "image/svg+xml;charset=UTF-8";

    private final ReportService reports;
    private final ReportDocuments documents;
    private final SdgExport export;
    private final CurrentCaller caller;

    public ReportFigureResource(ReportService reports, ReportDocuments documents, SdgExport export, CurrentCaller caller) {
        this.reports = reports;
        this.documents = documents;
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Path("indicators/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportIndicator", summary = "One figure of a report", description = "As published: drill-down to public records only. "
            + "As CSV: `export.csv` under this path; the chart: `/reports/{id}/figures/{code}`.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = ResultView.class)))
    @APIResponse(responseCode = "404", description = "No such report or indicator, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public ResultView indicator(@PathParam("id") @Parameter(description = "The report's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return documents.indicator(report(id), code);
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("indicators/{code}")
    @Produces("text/csv")
    @Operation(hidden = true)
    public String indicatorCsvNegotiated(@PathParam("id") long id, @PathParam("code") String code) {
        return indicatorCsv(id, code);
    }

    @GET
    @Path("indicators/{code}/export.csv")
    @Produces("text/csv")
    @Operation(operationId = "getReportIndicatorCsv", summary = "One figure of a report as CSV", description = "One row per bucket; lists are ';'-separated.")
    @APIResponse(responseCode = "200", description = "The buckets", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "No such report or indicator, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public String indicatorCsv(@PathParam("id") @Parameter(description = "The report's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return ResultCsv.buckets(documents.indicator(report(id), code));
    }

    @GET
    @Path("figures/{code}")
    @Produces(SVG)
    @Operation(operationId = "getReportFigureChart", summary = "The chart of one figure", description = "An SVG drawn the way the report draws it (bars, pie or histogram).")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = SVG))
    @APIResponse(responseCode = "404", description = "No such report or indicator, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public String figure(@PathParam("id") @Parameter(description = "The report's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return documents.figure(report(id).snapshotId, code);
    }

    @GET
    @Path("sdg-16-2-2")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportSdg1622", summary = "SDG indicator 16.2.2 as published",
            description = "Counts above zero and below the suppression threshold are hidden, with enough others that they cannot be "
                    + "worked out from the totals. As SDMX-CSV: `/reports/{id}/sdg-16-2-2/export.csv`.")
    @APIResponse(responseCode = "200", description = "The observations", content = @Content(schema = @Schema(implementation = SdgView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public SdgView sdg(@PathParam("id") @Parameter(description = "The report's id") long id) {
        return documents.sdg(report(id));
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("sdg-16-2-2")
    @Produces({"text/csv", SdgCsv.SDMX_CSV})
    @Operation(hidden = true)
    public String sdgCsvNegotiated(@PathParam("id") long id, @Context HttpHeaders headers) {
        return sdgCsv(id, headers);
    }

    @GET
    @Path("sdg-16-2-2/export.csv")
    @Produces({"text/csv", SdgCsv.SDMX_CSV})
    @Operation(operationId = "getReportSdg1622Csv", summary = "SDG indicator 16.2.2 as published, in SDMX-CSV",
            description = "Against the global SDG structure IAEG-SDGs:SDG: every dimension in its order, forms of exploitation "
                    + "summed up to their series, rates under the per-100,000 series where a population figure exists, no "
                    + "regional total. Small counts are suppressed again at series level, with the cells that would give them "
                    + "away: OBS_VALUE NaN, OBS_STATUS Q. SDMX-CSV 1.0; 2.0 for `Accept: " + SdgCsv.SDMX_CSV
                    + "; version=2.0.0`.")
    @APIResponse(responseCode = "200", description = "SDMX-CSV", content = {
        @Content(mediaType = "text/csv", example = SdgCsv.EXAMPLE_V1), @Content(mediaType = SdgCsv.SDMX_CSV)})
    @APIResponse(responseCode = "404", description = "No such report, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public String sdgCsv(@PathParam("id") @Parameter(description = "The report's id") long id, @Context HttpHeaders headers) {
        return export.report(report(id), SdgCsv.format(headers.getRequestHeader(HttpHeaders.ACCEPT)));
    }

    @GET
    @Path("sdg-16-2-2/observations.csv")
    @Produces("text/csv")
    @Operation(operationId = "getReportSdg1622ObservationsCsv", summary = "SDG indicator 16.2.2 as published, as CSV form by form",
            description = "The JSON's observations, one row each, in this project's own layout: every form of exploitation "
                    + "and the regional total (`OAS`); a suppressed count or rate is empty with `suppressed` true.")
    @APIResponse(responseCode = "200", description = "The observations",
            content = @Content(mediaType = "text/csv", example = SdgCsv.EXAMPLE_OBSERVATIONS))
    @APIResponse(responseCode = "404", description = "No such report, or a report the caller may not read yet",
            content = @Content(mediaType = PROBLEM))
    public String sdgObservationsCsv(@PathParam("id") @Parameter(description = "The report's id") long id) {
        return SdgCsv.observations(documents.sdg(report(id)));
    }

    private Report report(long id) {
        return reports.get(id, caller.get());
    }
}

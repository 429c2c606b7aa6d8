package org.oas.tip.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.DataQualityView;
import org.oas.tip.analytics.mapping.ProgressView;
import org.oas.tip.analytics.mapping.ResultCsv;
import org.oas.tip.analytics.mapping.ResultView;
import org.oas.tip.analytics.mapping.SdgCsv;
import org.oas.tip.analytics.mapping.SdgView;
import org.oas.tip.analytics.mapping.SnapshotView;
import org.oas.tip.analytics.service.SdgExport;
import org.oas.tip.analytics.service.SnapshotService;
import org.oas.tip.defaults.Problems;

import java.util.List;

/** Stored snapshots and the indicator results computed on them, for the secretariat and analysts. */
@Path("/api/analytics/v1/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"tip-admin", "tip-analyst"})
@Tag(name = ApiTags.SNAPSHOTS, description = ApiTags.SNAPSHOTS_TEXT)
public class SnapshotResource {

    private static final String PROBLEM = "application/problem+json";

    private final SnapshotService service;
    private final SdgExport export;

    public SnapshotResource(SnapshotService service, SdgExport export) {
        this.service = service;
        this.export = export;
    }

    @GET
    @Operation(operationId = "listSnapshots", summary = "List snapshots", description = "Newest first, without their content.")
    @APIResponse(responseCode = "200", description = "The snapshots",
            content = @Content(schema = @Schema(implementation = SnapshotView.class, type = SchemaType.ARRAY)))
    public List<SnapshotView> list(@QueryParam("cycle") @Parameter(description = "Only the snapshots of this cycle", example = "2015-2018") String cycle) {
        return service.list(cycle);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSnapshot", summary = "Read a snapshot", description = "With its content: instruments, coded answers, respondents, country names.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public SnapshotView get(@PathParam("id") @Parameter(description = "The snapshot's id") long id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/indicators")
    @Operation(operationId = "listSnapshotIndicators", summary = "Every indicator of a snapshot", description = "In the catalogue's order.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = ResultView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public List<ResultView> results(@PathParam("id") @Parameter(description = "The snapshot's id") long id) {
        return service.results(id);
    }

    @GET
    @Path("{id}/indicators/{code}")
    @Operation(operationId = "getSnapshotIndicator", summary = "One indicator of a snapshot", description = "With its buckets for drill-down. The buckets as CSV: "
            + "`export.csv` under this path; the chart: `/snapshots/{id}/figures/{code}`.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = ResultView.class)))
    @APIResponse(responseCode = "404", description = "No such snapshot or indicator", content = @Content(mediaType = PROBLEM))
    public ResultView result(@PathParam("id") @Parameter(description = "The snapshot's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return service.result(id, code);
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("{id}/indicators/{code}")
    @Produces("text/csv")
    @Operation(hidden = true)
    public String resultCsvNegotiated(@PathParam("id") long id, @PathParam("code") String code) {
        return resultCsv(id, code);
    }

    @GET
    @Path("{id}/indicators/{code}/export.csv")
    @Produces("text/csv")
    @Operation(operationId = "getSnapshotIndicatorCsv", summary = "The buckets of one indicator as CSV", description = "One row per bucket; lists are ';'-separated.")
    @APIResponse(responseCode = "200", description = "The buckets",
            content = @Content(mediaType = "text/csv", example = "key,label,count,percentage,countries,recordIds,answerIds,answerRefs\nCRIMINAL_CODE,Directly in the Criminal Code,1,50.0,MEX,2,,\n"))
    @APIResponse(responseCode = "404", description = "No such snapshot or indicator", content = @Content(mediaType = PROBLEM))
    public String resultCsv(@PathParam("id") @Parameter(description = "The snapshot's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return ResultCsv.buckets(service.result(id, code));
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("{id}/indicators/{code}")
    @Produces("image/svg+xml;charset=UTF-8")
    @Operation(hidden = true)
    public String resultSvgNegotiated(@PathParam("id") long id, @PathParam("code") String code) {
        return resultSvg(id, code);
    }

    @GET
    @Path("{id}/figures/{code}")
    @Produces("image/svg+xml;charset=UTF-8")
    @Operation(operationId = "getSnapshotFigureChart", summary = "The chart of one indicator of a snapshot", description = "An SVG drawn the way the report draws it.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/svg+xml"))
    @APIResponse(responseCode = "404", description = "No such snapshot or indicator", content = @Content(mediaType = PROBLEM))
    public String resultSvg(@PathParam("id") @Parameter(description = "The snapshot's id") long id, @PathParam("code") @Parameter(description = "The indicator's code", example = "D.legal_path") String code) {
        return service.chart(id, code);
    }

    @GET
    @Path("{id}/sdg-16-2-2")
    @Operation(operationId = "getSnapshotSdg1622", summary = "SDG indicator 16.2.2 of a snapshot, unsuppressed",
            description = "Detected victims and rates per 100,000 population by country, year, sex, age and form of exploitation, "
                    + "with the regional totals; every count, however small (this output needs a role). As SDMX-CSV: "
                    + "`/snapshots/{id}/sdg-16-2-2/export.csv`.")
    @APIResponse(responseCode = "200", description = "The observations", content = @Content(schema = @Schema(implementation = SdgView.class)))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public SdgView sdg(@PathParam("id") @Parameter(description = "The snapshot's id") long id) {
        return service.sdg(id);
    }

    /** The same by content negotiation on the JSON operation's path, as before it had its own path; kept for its callers. */
    @GET
    @Path("{id}/sdg-16-2-2")
    @Produces({"text/csv", SdgCsv.SDMX_CSV})
    @Operation(hidden = true)
    public String sdgCsvNegotiated(@PathParam("id") long id, @Context HttpHeaders headers) {
        return sdgCsv(id, headers);
    }

    @GET
    @Path("{id}/sdg-16-2-2/export.csv")
    @Produces({"text/csv", SdgCsv.SDMX_CSV})
    @Operation(operationId = "getSnapshotSdg1622Csv", summary = "SDG indicator 16.2.2 of a snapshot as SDMX-CSV, unsuppressed",
            description = "Against the global SDG structure IAEG-SDGs:SDG: every dimension in its order, forms of exploitation "
                    + "summed up to their series (VC_HTF_DETV, ...SX, ...FL, ...OG, ...OP), rates under the per-100,000 series "
                    + "(VC_HTF_DETVR, ...) where a population figure exists, REF_AREA the SDG area code (M49 without leading "
                    + "zeros), no regional total. SDMX-CSV 1.0; 2.0 for `Accept: " + SdgCsv.SDMX_CSV + "; version=2.0.0`.")
    @APIResponse(responseCode = "200", description = "SDMX-CSV", content = {
        @Content(mediaType = "text/csv", example = SdgCsv.EXAMPLE_V1), @Content(mediaType = SdgCsv.SDMX_CSV)})
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public String sdgCsv(@PathParam("id") @Parameter(description = "The snapshot's id") long id, @Context HttpHeaders headers) {
        return export.snapshot(id, SdgCsv.format(headers.getRequestHeader(HttpHeaders.ACCEPT)));
    }

    @GET
    @Path("{id}/sdg-16-2-2/observations.csv")
    @Produces("text/csv")
    @Operation(operationId = "getSnapshotSdg1622ObservationsCsv", summary = "SDG indicator 16.2.2 of a snapshot as CSV, form by form",
            description = "The JSON's observations, one row each, in this project's own layout: every form of exploitation "
                    + "and the regional total (`OAS`); lists are ';'-separated.")
    @APIResponse(responseCode = "200", description = "The observations",
            content = @Content(mediaType = "text/csv", example = SdgCsv.EXAMPLE_OBSERVATIONS))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public String sdgObservationsCsv(@PathParam("id") @Parameter(description = "The snapshot's id") long id) {
        return SdgCsv.observations(service.sdg(id));
    }

    @GET
    @Path("{id}/progress")
    @Operation(operationId = "getSnapshotProgress", summary = "Progress since an earlier snapshot",
            description = "Each indicator of this snapshot against the same indicator of `since` (usually the previous cycle's): "
                    + "the value before and after, and per bucket the countries that entered and left it, e.g. the countries "
                    + "that opened a dedicated line.")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(schema = @Schema(implementation = ProgressView.class)))
    @APIResponse(responseCode = "400", description = "`since` missing or not a snapshot", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public ProgressView progress(@PathParam("id") @Parameter(description = "The snapshot's id") long id,
                                 @QueryParam("since") @Parameter(description = "The earlier snapshot's id", required = true) Long since,
                                 @QueryParam("all") @DefaultValue("false") @Parameter(description = "Also the indicators that did not move") boolean all) {
        if (since == null) {
            throw Problems.invalidParameter("since", "the id of the snapshot to compare against is required");
        }
        return service.progress(id, since, all);
    }

    @GET
    @Path("{id}/data-quality")
    @Operation(operationId = "getSnapshotDataQuality", summary = "Where the data and the published report disagree",
            description = "Every printed figure of the cycle's report (2015-2018 so far) that the snapshot does not reproduce, with both values.")
    @APIResponse(responseCode = "200", description = "The disagreements", content = @Content(schema = @Schema(implementation = DataQualityView.class)))
    @APIResponse(responseCode = "404", description = "No such snapshot", content = @Content(mediaType = PROBLEM))
    public DataQualityView dataQuality(@PathParam("id") @Parameter(description = "The snapshot's id") long id) {
        return service.dataQuality(id);
    }
}

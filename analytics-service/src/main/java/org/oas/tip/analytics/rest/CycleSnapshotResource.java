package org.oas.tip.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.tip.defaults.CycleCodes;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.SnapshotJobView;
import org.oas.tip.analytics.service.SnapshotJobService;

/** Taking a snapshot of a cycle: a background job that pulls the data, freezes it and computes every indicator. */
@Path("/api/analytics/v1/cycles/{cycle}/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.SNAPSHOTS, description = ApiTags.SNAPSHOTS_TEXT)
public class CycleSnapshotResource {

    private final SnapshotJobService jobs;

    public CycleSnapshotResource(SnapshotJobService jobs) {
        this.jobs = jobs;
    }

    @POST
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "takeSnapshot", summary = "Take a snapshot of a cycle",
            description = "Starts a job; follow its Location until it is DONE (with the snapshot id) or FAILED. Every call makes a new snapshot.")
    @APIResponse(responseCode = "202", description = "Queued", headers = @Header(name = "Location", description = "The job",
            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = SnapshotJobView.class)))
    @APIResponse(responseCode = "400", description = "The cycle is not a cycle code", content = @Content(mediaType = "application/problem+json"))
    public Response take(@PathParam("cycle") @Parameter(description = "The code of the cycle to take, e.g. 2015-2018", schema = @Schema(type = SchemaType.STRING,
            pattern = CycleCodes.PATTERN)) String cycle, @Context UriInfo uri) {
        SnapshotJobView job = jobs.start(cycle);
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/analytics/v1/snapshot-jobs/{id}").build(job.id())).build();
    }
}

package org.oas.tip.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.SnapshotJobView;
import org.oas.tip.analytics.service.SnapshotJobService;
import org.oas.tip.defaults.Problems;

/** Where a snapshot job stands. */
@Path("/api/analytics/v1/snapshot-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.SNAPSHOTS, description = ApiTags.SNAPSHOTS_TEXT)
public class SnapshotJobResource {

    private final SnapshotJobService jobs;

    public SnapshotJobResource(SnapshotJobService jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "getSnapshotJob", summary = "Read a snapshot job", description = "QUEUED, RUNNING, then DONE with the snapshot id or FAILED with the reason.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = SnapshotJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = "application/problem+json"))
    public SnapshotJobView get(@PathParam("id") @Parameter(description = "The job's id, from the Location of the snapshot request") long id) {
        return jobs.find(id).orElseThrow(() -> Problems.notFound("Snapshot job " + id));
    }
}

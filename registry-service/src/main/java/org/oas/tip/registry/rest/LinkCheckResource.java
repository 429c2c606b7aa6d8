package org.oas.tip.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.defaults.Problems;
import org.oas.tip.registry.linkcheck.LinkCheckRunner;
import org.oas.tip.registry.linkcheck.LinkCheckService;
import org.oas.tip.registry.linkcheck.LinkCheckView;

import java.util.List;

/** Link checks: the secretariat starts one (it runs in the background); the secretariat and analysts follow them. */
@Path("/api/registry/v1/link-checks")
@Tag(name = ApiTags.LINK_CHECKS, description = ApiTags.LINK_CHECKS_TEXT)
@Produces(MediaType.APPLICATION_JSON)
public class LinkCheckResource {

    private static final String PROBLEM = "application/problem+json";

    private final LinkCheckRunner runner;
    private final LinkCheckService service;
    private final CurrentCaller caller;

    public LinkCheckResource(LinkCheckRunner runner, LinkCheckService service, CurrentCaller caller) {
        this.runner = runner;
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("tip-admin")
    @Operation(operationId = "startLinkCheck", summary = "Start a link check", description = "Requests every instrument's link (HEAD, GET when HEAD is refused, "
            + "following redirects) in the background and records whether it is found online. Answers at once; follow the "
            + "job at Location. One job at a time.")
    @APIResponse(responseCode = "202", description = "Accepted; the job is at Location",
            content = @Content(schema = @Schema(implementation = LinkCheckView.class)))
    @APIResponse(responseCode = "400", description = "Unknown country", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "A job is already queued or running, or link checks are switched off",
            content = @Content(mediaType = PROBLEM))
    public Response start(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3 code; every country when absent",
            example = "ARG") String country, @Context UriInfo uri) {
        LinkCheckView job = runner.start(country, caller.get());
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/registry/v1/link-checks").path(Long.toString(job.id())).build())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "getLinkCheck", summary = "Follow a link check", description = "Its status and progress: checked of total, and how they went.")
    @APIResponse(responseCode = "200", description = "The job", content = @Content(schema = @Schema(implementation = LinkCheckView.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = PROBLEM))
    public LinkCheckView get(@PathParam("id") @Parameter(description = "The link check's id") long id) {
        return service.find(id).orElseThrow(() -> Problems.notFound("Link check " + id));
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "listLinkChecks", summary = "List link checks", description = "The latest jobs, newest first.")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(schema = @Schema(implementation = LinkCheckView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "limit out of range", content = @Content(mediaType = PROBLEM))
    public List<LinkCheckView> list(@QueryParam("limit") @DefaultValue("20")
            @Parameter(description = "How many of the latest jobs, 1 to 100") int limit) {
        return service.newestFirst(PageRequest.limit(limit, 100));
    }
}

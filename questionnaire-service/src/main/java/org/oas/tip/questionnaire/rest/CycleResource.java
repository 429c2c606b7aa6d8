package org.oas.tip.questionnaire.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.Problems;
import org.oas.tip.questionnaire.mapping.CycleView;
import org.oas.tip.questionnaire.mapping.NewCycle;
import org.oas.tip.questionnaire.service.CycleService;

import java.util.List;

/** Reporting cycles: every participant reads them, the secretariat opens them. */
@Path("/api/questionnaire/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles")
public class CycleResource {

    private final CycleService service;

    public CycleResource(CycleService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "List the reporting cycles", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(schema = @Schema(implementation = CycleView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = "application/problem+json"))
    public List<CycleView> list() {
        return service.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "Get one reporting cycle")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No cycle with that code", content = @Content(mediaType = "application/problem+json"))
    public CycleView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> Problems.notFound("Cycle " + code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(summary = "Open a reporting cycle", description = "Secretariat only.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not the secretariat", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = "application/problem+json"))
    public Response open(NewCycle cycle, @Context UriInfo uri) {
        CycleView opened = service.open(cycle);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.code()).build()).entity(opened).build();
    }
}

package org.oas.tip.analytics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.mapping.PopulationInput;
import org.oas.tip.analytics.mapping.PopulationView;
import org.oas.tip.analytics.service.PopulationService;

import java.util.List;

/** Population figures per country and year: loaded by the secretariat, read by analysts. */
@Path("/api/analytics/v1/populations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.POPULATIONS, description = ApiTags.POPULATIONS_TEXT)
public class PopulationResource {

    private final PopulationService service;

    public PopulationResource(PopulationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "listPopulations", summary = "List population figures", description = "By country, then year.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PopulationView.class, type = SchemaType.ARRAY)))
    public List<PopulationView> list(
            @QueryParam("country") @Parameter(description = "Only this country (ISO 3166-1 alpha-3)", example = "ARG") String country,
            @QueryParam("year") @Parameter(description = "Only this year") Integer year) {
        return service.list(country, year);
    }

    @PUT
    @Path("{country}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "savePopulation", summary = "Load the population of a country in a year", description = "Secretariat only. Replaces an earlier figure.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid", content = @Content(mediaType = "application/problem+json"))
    public Response put(@PathParam("country") @Parameter(description = "The country (ISO 3166-1 alpha-3)", example = "ARG") String country,
                        @PathParam("year") @Parameter(description = "The year, 1950 to 2100", example = "2018") int year, PopulationInput input) {
        PopulationService.Stored stored = service.put(country, year, input);
        return Response.status(stored.created() ? Response.Status.CREATED : Response.Status.OK).entity(stored.figure()).build();
    }
}

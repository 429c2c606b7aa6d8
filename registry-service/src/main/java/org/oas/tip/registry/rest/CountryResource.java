package org.oas.tip.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.mapping.CountryUpdate;
import org.oas.tip.registry.mapping.CountryView;
import org.oas.tip.registry.service.CountryService;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.defaults.Versioned;

import java.util.List;

/** The OAS member states: public to read, curated by the secretariat. */
@Path("/api/registry/v1/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.COUNTRIES, description = ApiTags.COUNTRIES_TEXT)
public class CountryResource {

    private static final String ISO3 = "The member state's ISO 3166-1 alpha-3 code";
    private static final String IF_MATCH = "The ETag of the member state as last read (428 without it, 412 when stale)";

    private final CountryService service;

    public CountryResource(CountryService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCountries", summary = "List the member states", description = "Public. Ordered by ISO code.")
    @APIResponse(responseCode = "200", description = "The member states",
            content = @Content(schema = @Schema(implementation = CountryView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown subregion", content = @Content(mediaType = "application/problem+json"))
    public List<CountryView> list(
            @Parameter(description = "Only the member states of this subregion: a Subregion code (case-insensitive), e.g. CARIBBEAN")
            @QueryParam("subregion") String subregion,
            @Parameter(description = "true: only the states taking part in the reporting; false: only those that do not")
            @QueryParam("active") Boolean active) {
        return service.list(QueryParams.oneOf("subregion", subregion, Subregion.class), active);
    }

    @GET
    @Path("{iso3}")
    @PermitAll
    @Operation(operationId = "getCountry", summary = "Get one member state", description = "Public. The ETag is needed to change it.")
    @APIResponse(responseCode = "200", description = "The member state", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("iso3") @Parameter(description = ISO3, example = "ARG") String iso3) {
        Versioned<CountryView> found = service.find(iso3).orElseThrow(() -> Problems.notFound("Country " + iso3));
        return ETags.ok(found);
    }

    @PUT
    @Path("{iso3}")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "updateCountry", summary = "Change a member state's names, subregion or participation", description = "Secretariat only. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = "application/problem+json"))
    public Response update(@PathParam("iso3") @Parameter(description = ISO3, example = "ARG") String iso3,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch, CountryUpdate update) {
        if (update == null) {
            throw Problems.invalid("body", "the country's facts are required: a JSON object");
        }
        long expected = ETags.expectedVersion(ifMatch);
        Versioned<CountryView> changed = service.update(iso3, expected, update);
        return ETags.ok(changed);
    }
}

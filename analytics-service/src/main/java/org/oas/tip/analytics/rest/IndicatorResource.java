package org.oas.tip.analytics.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.analytics.indicator.Catalogue;
import org.oas.tip.analytics.indicator.IndicatorDefinition;

import java.util.List;

/** The catalogue of indicators: what each counts, over what and from which sources. Public. */
@Path("/api/analytics/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.INDICATORS, description = ApiTags.INDICATORS_TEXT)
public class IndicatorResource {

    @GET
    @PermitAll
    @Operation(operationId = "listIndicators", summary = "List the indicators", description = "In the report's order.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(implementation = IndicatorDefinition.class, type = SchemaType.ARRAY)))
    public List<IndicatorDefinition> catalogue() {
        return Catalogue.standard().all();
    }
}

package org.oas.tip.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.mapping.DirectoryEntry;
import org.oas.tip.registry.service.DirectoryService;

import java.util.List;
import java.util.Locale;

/** The public directory of reporting channels: no token needed. */
@Path("/api/registry/v1/directory/channels")
@Tag(name = ApiTags.DIRECTORY, description = ApiTags.DIRECTORY_TEXT)
public class DirectoryResource {

    private final DirectoryService service;

    public DirectoryResource(DirectoryService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReportingChannels", summary = "Where to report trafficking, per country", description = "Public reporting channels (hotlines, police and "
            + "thematic lines, websites...) with the six core features of the progress report and how many each meets.")
    @APIResponse(responseCode = "200", description = "Countries with their channels",
            content = @Content(schema = @Schema(implementation = DirectoryEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown channel type", content = @Content(mediaType = "application/problem+json"))
    public List<DirectoryEntry> channels(@QueryParam("country") @Parameter(description = "Only this country (ISO 3166-1 alpha-3)", example = "ARG") String country,
                                         @QueryParam("type") @Parameter(description = "Only channels of this type: a ChannelType code (case-insensitive), e.g. DEDICATED_TIP_LINE") String type) {
        ChannelAttributes.ChannelType channelType = QueryParams.oneOf("type", type, ChannelAttributes.ChannelType.class);
        if (country != null && !country.isEmpty() && !country.matches("[A-Za-z]{3}")) {
            throw Problems.invalidParameter("country", "must be an ISO 3166-1 alpha-3 code, e.g. ARG");
        }
        return service.channels(country == null ? "" : country.toUpperCase(Locale.ROOT),
                channelType == null ? "" : channelType.name());
    }
}

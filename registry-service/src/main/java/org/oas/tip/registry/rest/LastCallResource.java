package org.oas.tip.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.registry.onboarding.LastCallService;
import org.oas.tip.registry.onboarding.LastCalls;

/** Where the gateway reports who called when. */
@Path("/api/registry/v1/last-calls")
@Tag(name = ApiTags.LAST_CALLS, description = ApiTags.LAST_CALLS_TEXT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LastCallResource {

    private final LastCallService service;

    public LastCallResource(LastCallService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed("tip-gateway")
    @Operation(operationId = "reportLastCalls", summary = "Report the latest calls the gateway saw",
            description = "The gateway's own account only (role tip-gateway). Per token subject, the latest time is kept, "
                    + "whatever order reports arrive in (several gateways may report).")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "No calls, over 1,000, a field missing, or a time ahead of the registry's clock",
            content = @Content(mediaType = "application/problem+json"))
    public void report(LastCalls report) {
        service.record(report);
    }
}

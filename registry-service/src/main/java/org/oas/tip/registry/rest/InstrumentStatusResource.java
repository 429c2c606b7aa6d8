package org.oas.tip.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.StatusChange;
import org.oas.tip.registry.mapping.Withdrawal;
import org.oas.tip.registry.service.StatusWriter;

/** An instrument's lifecycle: ended, repealed, back in force, or withdrawn as recorded in error. */
@Path("/api/registry/v1/instruments/{id}")
@Tag(name = ApiTags.INSTRUMENTS, description = ApiTags.INSTRUMENTS_TEXT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentStatusResource {

    private static final String PROBLEM = "application/problem+json";

    private final StatusWriter writer;
    private final CurrentCaller caller;

    public InstrumentStatusResource(StatusWriter writer, CurrentCaller caller) {
        this.writer = writer;
        this.caller = caller;
    }

    @PUT
    @Path("status")
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "changeInstrumentStatus", summary = "End, repeal or reinstate an instrument", description = "The secretariat, or the focal point of the "
            + "instrument's country. Requires If-Match. A new version (valid from today) with status, statusDate and statusReason; "
            + "yearStart/yearEnd stay the planned period. WITHDRAWN is not a status change: see the withdrawal.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "No status, WITHDRAWN, no date for ENDED/REPEALED, or a note over 2000 characters",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response status(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = InstrumentEditResource.IF_MATCH) String ifMatch, StatusChange change) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(writer.change(id, expected, change, caller.get()));
    }

    @POST
    @Path("withdrawal")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "withdrawInstrument", summary = "Withdraw an instrument recorded in error", description = "Secretariat only. Requires If-Match. Status "
            + "WITHDRAWN from today with the reason, a new version and a WITHDRAWN history entry. It leaves lists, search, CSV and "
            + "the directory; the secretariat and analysts still read it by id, with its history and versions.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one over 2000 characters", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already withdrawn", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response withdraw(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = InstrumentEditResource.IF_MATCH) String ifMatch, Withdrawal withdrawal) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(writer.withdraw(id, expected, withdrawal, caller.get()));
    }
}

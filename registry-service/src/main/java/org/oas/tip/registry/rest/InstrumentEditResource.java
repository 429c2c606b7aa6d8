package org.oas.tip.registry.rest;

import org.oas.tip.defaults.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.service.IdempotentCreate;
import org.oas.tip.registry.service.InstrumentWriter;

/** Changing the registry: the secretariat for any country, a focal point for its own country only. */
@Path("/api/registry/v1/instruments")
@Tag(name = ApiTags.INSTRUMENTS, description = ApiTags.INSTRUMENTS_TEXT)
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentEditResource {

    private static final String PROBLEM = "application/problem+json";

    static final String IF_MATCH = "The ETag of the instrument as last read (428 without it, 412 when stale)";

    private final InstrumentWriter writer;
    private final IdempotentCreate creator;
    private final CurrentCaller caller;

    public InstrumentEditResource(InstrumentWriter writer, IdempotentCreate creator, CurrentCaller caller) {
        this.writer = writer;
        this.creator = creator;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "createInstrument", summary = "Add an instrument", description = "With an Idempotency-Key, a replay returns the first result (200) "
            + "and the same key with another body is refused (422).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier create with the same Idempotency-Key",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "Every invalid field, named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM))
    public Response create(@HeaderParam("Idempotency-Key") @Parameter(description = "Any unique string per intended create: a replay with the same key and body returns the first result") String key,
                           InstrumentInput input, @Context UriInfo uri) {
        IdempotentCreate.Created created = creator.create(key, input, caller.get());
        Versioned<InstrumentView> instrument = created.instrument();
        return ETags.tagged(Response.status(created.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/registry/v1/instruments").path(Long.toString(instrument.body().id())).build()),
                instrument).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "replaceInstrument", summary = "Replace an instrument", description = "Requires If-Match with the ETag you read. A change clears the verification.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "Every invalid field, named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response replace(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch, InstrumentInput input) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(writer.update(id, expected, input, caller.get()));
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "verifyInstrument", summary = "Mark an instrument as verified by the secretariat", description = "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Verified", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response verify(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        return ETags.ok(writer.verify(id, expected, caller.get()));
    }
}

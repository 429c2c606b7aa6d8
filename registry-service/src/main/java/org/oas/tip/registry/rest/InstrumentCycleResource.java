package org.oas.tip.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.registry.mapping.CycleAttachmentInput;
import org.oas.tip.registry.mapping.CycleEntry;
import org.oas.tip.registry.service.CycleAttachments;
import org.oas.tip.registry.service.CycleEntries;

import java.util.List;

/** What each cycle holds of an instrument, and the records the secretariat attaches to a cycle or corrects. */
@Path("/api/registry/v1/instruments/{id}/cycles")
@Tag(name = ApiTags.INSTRUMENTS, description = ApiTags.INSTRUMENTS_TEXT)
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentCycleResource {

    private static final String PROBLEM = "application/problem+json";

    private final CycleAttachments attachments;
    private final CycleEntries entries;
    private final CurrentCaller caller;

    public InstrumentCycleResource(CycleAttachments attachments, CycleEntries entries, CurrentCaller caller) {
        this.attachments = attachments;
        this.entries = entries;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listInstrumentCycles", summary = "The cycles that hold an instrument", description = "One entry per cycle, by cycle code: what the cycle "
            + "said or what the secretariat did, the revision the cycle establishes and that version's origin, and the "
            + "secretariat's reason. For whoever may read the instrument; attachedBy only for the secretariat, analysts and the "
            + "instrument's focal point.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(implementation = CycleEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = PROBLEM))
    public List<CycleEntry> list(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id) {
        return entries.of(id, caller.get());
    }

    @PUT
    @Path("{cycle}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "attachInstrumentToCycle", summary = "Attach an instrument to a cycle, or correct the revision a cycle establishes", description = "The "
            + "secretariat only (not focal points, analysts or the questionnaire service). An instrument the cycle does not hold "
            + "yet becomes ATTACHED at the revision (default: the current one); one it holds is CORRECTED to that revision, with "
            + "previousRevision (an ATTACHED one stays ATTACHED); the same revision changes nothing. The instrument itself does "
            + "not change (no version, same ETag); the cycle read (`GET /instruments?cycle=`) and snapshots of the cycle take the "
            + "record, with its reason, which is public. Audited (CYCLE_ATTACHED in the history). A later publication of that "
            + "cycle for the instrument (`POST /cycle-publications`) overwrites the record: the answer wins, reason and "
            + "previousRevision are cleared.")
    @APIResponse(responseCode = "200", description = "The instrument's entry in the cycle", content = @Content(schema = @Schema(implementation = CycleEntry.class)))
    @APIResponse(responseCode = "400", description = "Malformed cycle code; no reason, a blank one or one over 500 characters; a "
            + "revision the instrument does not have; an unknown field", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "A withdrawn instrument (recorded in error) is not attached", content = @Content(mediaType = PROBLEM))
    public CycleEntry attach(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id, @PathParam("cycle") @Parameter(schema = @Schema(type = SchemaType.STRING,
            pattern = CycleCodes.PATTERN), description = "The cycle code, e.g. 2015-2018") String cycle, CycleAttachmentInput input) {
        return attachments.attach(id, cycle, input, caller.get());
    }

    @DELETE
    @Path("{cycle}")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "detachInstrumentFromCycle", summary = "Detach a record the secretariat attached to a cycle", description = "The secretariat only. Removes an "
            + "ATTACHED record; the cycle's own records (reported, confirmed, updated, ended, withdrawn, or corrected) are not "
            + "detached: withdraw the instrument or correct the revision. Audited (CYCLE_DETACHED in the history, with the reason).")
    @APIResponse(responseCode = "204", description = "Detached")
    @APIResponse(responseCode = "400", description = "Malformed cycle code; no reason, or one over 500 characters", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such instrument, or it has no record in the cycle", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "A cycle's own record: withdraw or correct it", content = @Content(mediaType = PROBLEM))
    public void detach(@PathParam("id") @Parameter(description = InstrumentResource.ID) long id, @PathParam("cycle") @Parameter(schema = @Schema(type = SchemaType.STRING,
                               pattern = CycleCodes.PATTERN), description = "The cycle code, e.g. 2015-2018") String cycle,
                       @QueryParam("reason") @Parameter(required = true, description = "Why the record is detached (1 to 500 characters); kept in the history") String reason) {
        attachments.detach(id, cycle, reason, caller.get());
    }
}

package org.oas.tip.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.registry.mapping.PublicationRequest;
import org.oas.tip.registry.mapping.PublicationResult;
import org.oas.tip.registry.service.PublicationService;

/** Where the questionnaire service publishes an accepted response: every instrument entry at once. */
@Path("/api/registry/v1/cycle-publications")
@Tag(name = ApiTags.PUBLICATIONS, description = ApiTags.PUBLICATIONS_TEXT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CyclePublicationResource {

    private static final String PROBLEM = "application/problem+json";

    private final PublicationService service;
    private final CurrentCaller caller;

    public CyclePublicationResource(PublicationService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("tip-publisher")
    @Operation(operationId = "publishCycleResponse", summary = "Reconcile an accepted response with the registry", description = "Only the questionnaire service's client "
            + "(role tip-publisher). One transaction: every entry is checked first (any violation is a 400 naming entries[i]...., "
            + "and nothing is stored), then creations, updates (a JSON merge patch), confirmations, endings and withdrawals are "
            + "applied; versions are valid from referenceDate. An entry made on an older revision than the registry's, where "
            + "something other than this cycle's publications changed the same field to another value, is a CONFLICT (not "
            + "applied, both values returned). The same key with the same body returns the stored result; an entry that changes "
            + "nothing makes no version. An instrument's record in the cycle that the secretariat attached or corrected "
            + "(PUT /instruments/{id}/cycles/{cycle}) is overwritten by the entry: the answer wins, its reason and previous "
            + "revision are cleared.")
    @APIResponse(responseCode = "200", description = "The outcome of each entry (also for a replay of the same key and body)",
            content = @Content(schema = @Schema(implementation = PublicationResult.class)))
    @APIResponse(responseCode = "400", description = "Every invalid field, named (entries[3].changes.channel.contact...); nothing stored",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The key was already used with another body", content = @Content(mediaType = PROBLEM))
    public PublicationResult publish(PublicationRequest request) {
        return service.publish(request, caller.get());
    }
}

package org.oas.tip.registry.rest;

import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.service.InstrumentWriter;

/** Where the questionnaire service publishes accepted answers that are instruments. */
@Path("/api/registry/v1/cycle-answers")
@Tag(name = ApiTags.PUBLICATIONS, description = ApiTags.PUBLICATIONS_TEXT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CycleAnswerResource {

    private static final String PROBLEM = "application/problem+json";

    private final InstrumentWriter writer;
    private final CurrentCaller caller;

    public CycleAnswerResource(InstrumentWriter writer, CurrentCaller caller) {
        this.writer = writer;
        this.caller = caller;
    }

    @PUT
    @Path("{cycle}/{country}/{question}/{position}")
    @RolesAllowed("tip-publisher")
    @Deprecated
    @Operation(deprecated = true, operationId = "publishCycleAnswer", summary = "Publish an accepted answer as an instrument (deprecated: use POST /cycle-publications)",
            description = "Only the questionnaire service's client (role tip-publisher). Idempotent upsert keyed by the answer's provenance "
            + "(cycle, country, question linkId, position in a repeating group): the questionnaire service calls it on acceptance, "
            + "and calling it again with the same key updates the same instrument.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "Every invalid field, named", content = @Content(mediaType = PROBLEM))
    public Response publishAnswer(@PathParam("cycle") @Parameter(description = "The cycle code, e.g. 2023-2026") String cycle,
                                  @PathParam("country") @Parameter(description = "The answering country's ISO 3166-1 alpha-3 code") String country,
                                  @PathParam("question") @Parameter(description = "The linkId of the question answered") String question,
                                  @PathParam("position") @Parameter(description = "The answer's position in a repeating group, from 0") int position,
                                  InstrumentInput input) {
        InstrumentWriter.Upserted upserted = writer.upsertByProvenance(cycle, country, question, position, input, caller.get());
        Versioned<InstrumentView> instrument = upserted.instrument();
        return ETags.tagged(Response.status(upserted.created() ? Response.Status.CREATED : Response.Status.OK), instrument).build();
    }
}

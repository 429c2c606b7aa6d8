package org.oas.tip.questionnaire.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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
import org.oas.tip.questionnaire.mapping.CodebookDocument;
import org.oas.tip.questionnaire.service.Codebooks;

/** The codebooks open answers are coded against. */
@Path("/api/questionnaire/v1/codebooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.REVIEW, description = ApiTags.REVIEW_TEXT)
public class CodebookResource {

    private final Codebooks codebooks;

    public CodebookResource(Codebooks codebooks) {
        this.codebooks = codebooks;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listCodebooks",
            summary = "The codebooks", description = "Codes with their labels in en/es/fr/pt, e.g. the vulnerable-population variables.")
    @APIResponse(responseCode = "200", description = "The codebooks", content = @Content(schema = @Schema(implementation = CodebookDocument.class, type = SchemaType.ARRAY)))
    public JsonNode list() {
        return codebooks.all();
    }
}

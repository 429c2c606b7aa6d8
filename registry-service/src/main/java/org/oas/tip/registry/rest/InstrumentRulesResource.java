package org.oas.tip.registry.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.registry.mapping.InstrumentRulesView;
import org.oas.tip.registry.rules.RulesDocument;

/** The rules the registry checks every instrument write with, published so that other services check the same. */
@Path("/api/registry/v1/instrument-rules")
@Tag(name = ApiTags.RULES, description = ApiTags.RULES_TEXT)
public class InstrumentRulesResource {

    private static final int MAX_AGE_SECONDS = 300;

    private final RulesDocument rules;

    public InstrumentRulesResource(RulesDocument rules) {
        this.rules = rules;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInstrumentRules", summary = "The rules of an instrument, per kind", description = "One JSON Schema (draft 2020-12) per kind of an "
            + "InstrumentInput, which is exactly what POST/PUT /instruments and the cycle publications check an instrument's "
            + "content with (required fields, types, codes, lengths, year range 1900-2100, BCP 47 language, http(s) links, "
            + "channel.contact as a telephone number, e-mail or URL by channel type), and the relations between fields: "
            + "yearOrder (checked with the instrument alone) and successor (checked against the registry's records). "
            + "Patterns are anchored and mean the same in ECMA-262 and java.util.regex. Public; cache it and revalidate "
            + "with If-None-Match: the ETag is the revision.")
    @APIResponse(responseCode = "200", description = "The rules document",
            headers = {@Header(name = "ETag", description = "The document's revision, quoted", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = "max-age=300", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = InstrumentRulesView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current revision: the copy held is current",
            headers = @Header(name = "ETag", description = "The document's revision, quoted", schema = @Schema(type = SchemaType.STRING)))
    public Response rules(@Context Request request) {
        EntityTag etag = new EntityTag(rules.revision());
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(rules.document()).tag(etag).cacheControl(cache).build();
    }
}

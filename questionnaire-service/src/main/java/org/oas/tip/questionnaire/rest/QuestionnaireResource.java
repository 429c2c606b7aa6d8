package org.oas.tip.questionnaire.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.mapping.QuestionnaireSummary;
import org.oas.tip.questionnaire.service.QuestionnaireService;

import java.util.List;
import java.util.Map;

/** Questionnaire versions: drafted and published by the secretariat, read by every participant, with a JSON Schema for tools. */
@Path("/api/questionnaire/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questionnaires")
public class QuestionnaireResource {

    private static final String PROBLEM = "application/problem+json";

    private final QuestionnaireService service;
    private final CurrentCaller caller;

    public QuestionnaireResource(QuestionnaireService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "List questionnaire versions", description = "Drafts are listed for the secretariat only.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    public List<QuestionnaireSummary> list() {
        return service.list(caller.get());
    }

    @GET
    @Path("{code}/versions/{version}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "Get a questionnaire version's definition", description = "Sections and items with stable linkIds "
            + "(FHIR Questionnaire-like). The ETag is needed to change a draft.")
    @APIResponse(responseCode = "200", description = "The definition", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version, or a draft", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("code") String code, @PathParam("version") String version) {
        Versioned<JsonNode> found = service.definition(code, version, caller.get());
        return ETags.ok(found);
    }

    @GET
    @Path("{code}/versions/{version}/schema")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "JSON Schema of a response to this version", description = "For member-state tools to validate before "
            + "sending. mode=draft (default: types, options, ranges) or mode=submission (also the required items).")
    @APIResponse(responseCode = "200", description = "A JSON Schema (draft 2020-12)", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Unknown mode", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    public ObjectNode schema(@PathParam("code") String code, @PathParam("version") String version,
                             @QueryParam("mode") @DefaultValue("draft") String mode) {
        return service.schema(code, version, mode(mode), caller.get());
    }

    @GET
    @Path("{code}/versions/{version}/completeness")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(summary = "How much of the version is translated", description = "Per language (en, es, fr, pt): texts, translated, percent, "
            + "and the linkIds still missing; missing texts fall back to English.")
    @APIResponse(responseCode = "200", description = "Completeness per language", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "No role of this system", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    public Map<String, ?> completeness(@PathParam("code") String code, @PathParam("version") String version) {
        return service.completeness(code, version, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(summary = "Add a draft version", description = "Code and version label come from the definition; every problem of it is listed. "
            + "The code is 1 to 60 letters, digits, '.', '_' or '-' starting with a letter or a digit (^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$), "
            + "the version label the same in 1 to 20 (^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$), the English title at most 300 characters.")
    @APIResponse(responseCode = "201", description = "Stored as a draft", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "400", description = "The definition's problems", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "That version exists", content = @Content(mediaType = PROBLEM))
    public Response create(JsonNode definition) {
        Versioned<QuestionnaireSummary> created = service.create(definition);
        return ETags.tagged(Response.status(Response.Status.CREATED), created).build();
    }

    @PUT
    @Path("{code}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(summary = "Replace a draft", description = "Requires If-Match. A published version never changes (409).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "400", description = "The definition's problems", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The version is published", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response replace(@PathParam("code") String code, @PathParam("version") String version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode definition) {
        Versioned<QuestionnaireSummary> replaced = service.replace(code, version, ETags.expectedVersion(ifMatch), definition);
        return ETags.ok(replaced);
    }

    @POST
    @Path("{code}/versions/{version}/publication")
    @RolesAllowed("tip-admin")
    @Operation(summary = "Publish a draft", description = "Requires If-Match. From then on the version never changes.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not the secretariat", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already published", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response publish(@PathParam("code") String code, @PathParam("version") String version,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Versioned<QuestionnaireSummary> published = service.publish(code, version, ETags.expectedVersion(ifMatch));
        return ETags.ok(published);
    }

    static Mode mode(String value) {
        Mode mode = QueryParams.oneOf("mode", value, Mode.class);
        if (mode == null) {
            throw QueryParams.notOneOf("mode", Mode.class);
        }
        return mode;
    }
}

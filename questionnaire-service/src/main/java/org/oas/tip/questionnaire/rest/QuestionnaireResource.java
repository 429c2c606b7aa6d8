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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.definition.Completeness;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.mapping.DefinitionDocument;
import org.oas.tip.questionnaire.mapping.QuestionnaireSummary;
import org.oas.tip.questionnaire.service.QuestionnaireService;

import java.util.List;
import java.util.Map;

/** Questionnaire versions: drafted and published by the secretariat, read by every participant, with a JSON Schema for tools. */
@Path("/api/questionnaire/v1/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.QUESTIONNAIRES, description = ApiTags.QUESTIONNAIRES_TEXT)
public class QuestionnaireResource {

    private static final String PROBLEM = "application/problem+json";
    static final String MODE = "draft: types, options and ranges, as when saving; submission: also every required item "
            + "(letter case ignored)";
    private static final String CODE = "The questionnaire's code, e.g. oas-tip-structured";
    private static final String VERSION = "The version label, e.g. 2";
    private static final String IF_MATCH = "The ETag of the version as last read (GET .../versions/{version}); 412 when it changed since";

    private final QuestionnaireService service;
    private final CurrentCaller caller;

    public QuestionnaireResource(QuestionnaireService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listQuestionnaires",
            summary = "List questionnaire versions", description = "Drafts are listed for the secretariat only.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class, type = SchemaType.ARRAY)))
    public List<QuestionnaireSummary> list() {
        return service.list(caller.get());
    }

    @GET
    @Path("{code}/versions/{version}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "getQuestionnaire",
            summary = "Get a questionnaire version's definition", description = "Sections and items with stable linkIds "
            + "(FHIR Questionnaire-like). The ETag is needed to change a draft.")
    @APIResponse(responseCode = "200", description = "The definition; the ETag header is its version",
            content = @Content(schema = @Schema(implementation = DefinitionDocument.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The version's revision, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such version, or a draft", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("code") @Parameter(description = CODE) String code,
                        @PathParam("version") @Parameter(description = VERSION) String version) {
        Versioned<JsonNode> found = service.definition(code, version, caller.get());
        return ETags.ok(found);
    }

    @GET
    @Path("{code}/versions/{version}/schema")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "getResponseSchema",
            summary = "JSON Schema of a response to this version", description = "For member-state tools to validate before "
            + "sending. mode=draft (default: types, options, ranges) or mode=submission (also the required items).")
    @APIResponse(responseCode = "200", description = "A JSON Schema (draft 2020-12)", content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "Unknown mode", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    public ObjectNode schema(@PathParam("code") @Parameter(description = CODE) String code,
                             @PathParam("version") @Parameter(description = VERSION) String version,
                             @QueryParam("mode") @DefaultValue("draft") @Parameter(description = MODE + " (default draft)",
                                     schema = @Schema(enumeration = {"draft", "submission"}, defaultValue = "draft")) String mode) {
        return service.schema(code, version, mode(mode), caller.get());
    }

    @GET
    @Path("{code}/versions/{version}/completeness")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "getTranslationCompleteness",
            summary = "How much of the version is translated", description = "Per language (en, es, fr, pt): texts, translated, percent, "
            + "and the linkIds still missing; missing texts fall back to English.")
    @APIResponse(responseCode = "200", description = "Completeness per language (en, es, fr, pt)",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Completeness.LanguageCompleteness.class)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    public Map<String, ?> completeness(@PathParam("code") @Parameter(description = CODE) String code,
                                       @PathParam("version") @Parameter(description = VERSION) String version) {
        return service.completeness(code, version, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "createQuestionnaire",
            summary = "Add a draft version", description = "Code and version label come from the definition; every problem of it is listed. "
            + "The code is 1 to 60 letters, digits, '.', '_' or '-' starting with a letter or a digit (^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$), "
            + "the version label the same in 1 to 20 (^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$), the English title at most 300 characters.")
    @APIResponse(responseCode = "201", description = "Stored as a draft", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The definition's problems", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "That version exists", content = @Content(mediaType = PROBLEM))
    @RequestBody(required = true, description = "The definition of a new version: code and version label come from it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DefinitionDocument.class)))
    public Response create(JsonNode definition) {
        Versioned<QuestionnaireSummary> created = service.create(definition);
        return ETags.tagged(Response.status(Response.Status.CREATED), created).build();
    }

    @PUT
    @Path("{code}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "replaceQuestionnaire",
            summary = "Replace a draft", description = "Requires If-Match. A published version never changes (409).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The definition's problems", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The version is published", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response replace(@PathParam("code") @Parameter(description = CODE) String code,
                            @PathParam("version") @Parameter(description = VERSION) String version,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch,
                            @RequestBody(required = true, description = "The whole definition; its code and version must be these",
                                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = DefinitionDocument.class))) JsonNode definition) {
        Versioned<QuestionnaireSummary> replaced = service.replace(code, version, ETags.expectedVersion(ifMatch), definition);
        return ETags.ok(replaced);
    }

    @POST
    @Path("{code}/versions/{version}/publication")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "publishQuestionnaire",
            summary = "Publish a draft", description = "Requires If-Match. From then on the version never changes.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = QuestionnaireSummary.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already published", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
    public Response publish(@PathParam("code") @Parameter(description = CODE) String code,
                            @PathParam("version") @Parameter(description = VERSION) String version,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(required = true, description = IF_MATCH) String ifMatch) {
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

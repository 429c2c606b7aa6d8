package org.oas.tip.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.CurrentCaller;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.registry.onboarding.AuditPage;
import org.oas.tip.registry.onboarding.OnboardingService;
import org.oas.tip.registry.onboarding.PersonInvitation;
import org.oas.tip.registry.onboarding.PersonView;
import org.oas.tip.registry.onboarding.Representatives;
import org.oas.tip.registry.onboarding.Revocation;
import org.oas.tip.registry.onboarding.ToolCredentials;
import org.oas.tip.registry.onboarding.ToolRegistration;
import org.oas.tip.registry.onboarding.ToolView;

/** Who speaks for a member state: its tools and focal points, onboarded by the secretariat. */
@Path("/api/registry/v1/countries/{iso3}")
@Tag(name = ApiTags.ONBOARDING, description = ApiTags.ONBOARDING_TEXT)
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String ISO3 = "The member state's ISO 3166-1 alpha-3 code";
    private static final String KEYCLOAK_DOWN = "The identity provider did not answer; nothing was changed";

    private final OnboardingService service;
    private final CurrentCaller caller;

    public OnboardingResource(OnboardingService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("representatives")
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "getRepresentatives", summary = "Who speaks for a member state",
            description = "The secretariat, or the country's own focal points. Its tools and people, active and revoked: when each "
                    + "was made and by whom, and when each last called through the gateway.")
    @APIResponse(responseCode = "200", description = "Its tools and people", content = @Content(schema = @Schema(implementation = Representatives.class)))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = PROBLEM))
    public Representatives representatives(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3) {
        return service.representatives(iso3, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("tools")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "registerTool", summary = "Connect a member state's tool",
            description = "Secretariat only, for a member state that takes part in the reporting. Makes an OAuth2 client (client "
                    + "credentials) whose tokens carry the country and the focal-point role, valid 60 seconds. The answer shows "
                    + "the secret once: the registry does not keep it.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is in this answer only",
            content = @Content(schema = @Schema(implementation = ToolCredentials.class)))
    @APIResponse(responseCode = "400", description = "No name, or one over 200 characters", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The member state does not take part in the reporting", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public Response registerTool(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                                 ToolRegistration registration, @Context UriInfo uri) {
        ToolCredentials made = service.registerTool(iso3, registration, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.tool().id())).build()).entity(made).build();
    }

    @GET
    @Path("tools/{toolId}")
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "getTool", summary = "Get one of a member state's tools", description = "The secretariat, or the country's own focal points. Never the secret.")
    @APIResponse(responseCode = "200", description = "The tool", content = @Content(schema = @Schema(implementation = ToolView.class)))
    @APIResponse(responseCode = "404", description = "No such tool of that member state", content = @Content(mediaType = PROBLEM))
    public ToolView tool(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                         @PathParam("toolId") @Parameter(description = "The tool's id") long toolId) {
        return service.tool(iso3, toolId, caller.get());
    }

    @POST
    @Path("tools/{toolId}/secret")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "rotateToolSecret", summary = "Give a tool a new secret",
            description = "Secretariat only. The answer shows the new secret once. The previous secret keeps working until "
                    + "previousSecretValidUntil (24 hours), so the tool switches without downtime: it starts using the new "
                    + "secret, then the secretariat ends the previous one (DELETE .../previous-secret) or lets it lapse.")
    @APIResponse(responseCode = "200", description = "The new secret, in this answer only",
            content = @Content(schema = @Schema(implementation = ToolCredentials.class)))
    @APIResponse(responseCode = "404", description = "No such tool of that member state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The tool is revoked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public ToolCredentials rotateSecret(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                                        @PathParam("toolId") @Parameter(description = "The tool's id") long toolId) {
        return service.rotateSecret(iso3, toolId, caller.get());
    }

    @DELETE
    @Path("tools/{toolId}/previous-secret")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "endPreviousToolSecret", summary = "End a rotated tool's previous secret now",
            description = "Secretariat only: once the tool uses its new secret, the previous one stops working at once.")
    @APIResponse(responseCode = "200", description = "The tool, with no previous secret", content = @Content(schema = @Schema(implementation = ToolView.class)))
    @APIResponse(responseCode = "404", description = "No such tool of that member state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The tool is revoked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public ToolView endPreviousSecret(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                                      @PathParam("toolId") @Parameter(description = "The tool's id") long toolId) {
        return service.endPreviousSecret(iso3, toolId, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("tools/{toolId}/revocation")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "revokeTool", summary = "Disconnect a member state's tool",
            description = "Secretariat only. The tool gets no new token; a token it already holds expires within 60 seconds "
                    + "(the tools' token lifespan), after which its calls are 401. The record stays, REVOKED, with the reason.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = ToolView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one over 2000 characters", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such tool of that member state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public ToolView revokeTool(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                               @PathParam("toolId") @Parameter(description = "The tool's id") long toolId, Revocation revocation) {
        return service.revokeTool(iso3, toolId, revocation, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("people")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "inviteFocalPoint", summary = "Invite a person to speak for a member state",
            description = "Secretariat only, for a member state that takes part in the reporting. Makes their account (the "
                    + "country, the focal-point role) and sends them an e-mail to set their password (link valid 72 hours).")
    @APIResponse(responseCode = "201", description = "Invited; the e-mail is sent", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The e-mail is taken, or the member state does not take part", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "The identity provider did not answer or could not send the e-mail; nothing was changed",
            content = @Content(mediaType = PROBLEM))
    public Response invite(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                           PersonInvitation invitation, @Context UriInfo uri) {
        PersonView invited = service.invite(iso3, invitation, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(invited.id())).build()).entity(invited).build();
    }

    @GET
    @Path("people/{personId}")
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "getFocalPoint", summary = "Get one of a member state's focal points", description = "The secretariat, or the country's own focal points.")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "No such person of that member state", content = @Content(mediaType = PROBLEM))
    public PersonView person(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                             @PathParam("personId") @Parameter(description = "The person's id") long personId) {
        return service.person(iso3, personId, caller.get());
    }

    @POST
    @Path("people/{personId}/invitation")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "resendFocalPointInvitation", summary = "Send a focal point's password-setup e-mail again",
            description = "Secretariat only.")
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "404", description = "No such person of that member state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The person is revoked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public PersonView resendInvitation(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                                       @PathParam("personId") @Parameter(description = "The person's id") long personId) {
        return service.resendInvitation(iso3, personId, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("people/{personId}/revocation")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "revokeFocalPoint", summary = "End a person's access for a member state",
            description = "Secretariat only. Their account is disabled and signed out; tokens they hold expire with their lifespan.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one over 2000 characters", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such person of that member state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN, content = @Content(mediaType = PROBLEM))
    public PersonView revokePerson(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                                   @PathParam("personId") @Parameter(description = "The person's id") long personId, Revocation revocation) {
        return service.revokePerson(iso3, personId, revocation, caller.get());
    }

    @GET
    @Path("onboarding-audit")
    @RolesAllowed({"tip-admin", "focal-point"})
    @Operation(operationId = "listOnboardingAudit", summary = "Every onboarding action for a member state",
            description = "The secretariat, or the country's own focal points. Oldest first, paginated.")
    @APIResponse(responseCode = "200", description = "A page of actions", content = @Content(schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "404", description = "No member state with that code", content = @Content(mediaType = PROBLEM))
    public AuditPage audit(@PathParam("iso3") @Parameter(description = ISO3, example = "BRB") String iso3,
                           @QueryParam("limit") @Parameter(description = "Page size, 1 to 500 (default 100)") String limit,
                           @QueryParam("cursor") @Parameter(description = "The next of the previous page") String cursor) {
        return service.audit(iso3, PageRequest.of(limit, cursor, 100, 500, PageRequest.IDS), caller.get());
    }
}

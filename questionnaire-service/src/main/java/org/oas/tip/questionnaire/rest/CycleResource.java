package org.oas.tip.questionnaire.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.questionnaire.mapping.AcceptedAnswersPage;
import org.oas.tip.questionnaire.mapping.CycleView;
import org.oas.tip.questionnaire.mapping.NewCycle;
import org.oas.tip.questionnaire.mapping.ExtensionRequest;
import org.oas.tip.questionnaire.mapping.Progress;
import org.oas.tip.questionnaire.mapping.CodedAnswerView;
import org.oas.tip.questionnaire.service.AcceptedAnswersService;
import org.oas.tip.questionnaire.service.CodingService;
import org.oas.tip.questionnaire.service.CycleProgressService;
import org.oas.tip.questionnaire.service.CycleService;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Reporting cycles: every participant reads them, the secretariat opens them. */
@Path("/api/questionnaire/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiTags.CYCLES, description = ApiTags.CYCLES_TEXT)
public class CycleResource {

    private static final String CODE = "The cycle's code, e.g. 2015-2018";

    private final CycleService service;
    private final CycleProgressService followUp;
    private final CodingService coding;
    private final AcceptedAnswersService accepted;
    private final CurrentCaller caller;

    public CycleResource(CycleService service, CycleProgressService followUp, CodingService coding, AcceptedAnswersService accepted,
                         CurrentCaller caller) {
        this.service = service;
        this.followUp = followUp;
        this.coding = coding;
        this.accepted = accepted;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listCycles", summary = "List the reporting cycles", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The cycles",
            content = @Content(schema = @Schema(implementation = CycleView.class, type = SchemaType.ARRAY)))
    public List<CycleView> list() {
        return service.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "getCycle", summary = "Get one reporting cycle", description = "Its title, dates (opening, deadline, reference date), questionnaire version and, once closed, when.")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "404", description = "No cycle with that code", content = @Content(mediaType = "application/problem+json"))
    public CycleView get(@PathParam("code") @Parameter(description = CODE) String code) {
        return service.find(code).orElseThrow(() -> Problems.notFound("Cycle " + code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "openCycle",
            summary = "Open a reporting cycle", description = "One assignment per active member state (the registry's list). On "
            + "a questionnaire version with reserved registry items (oas-tip-structured 2), each assignment is pre-filled with "
            + "the country's instruments in force, read from the registry. Secretariat only.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = CycleView.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new cycle's URL", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The registry did not give the member states or an inventory; nothing was "
            + "created, send the request again", content = @Content(mediaType = "application/problem+json"))
    public Response open(@RequestBody(required = true, description = "The cycle to open") NewCycle cycle, @Context UriInfo uri) {
        if (cycle == null) {
            throw Problems.invalid("body", "a cycle to open is required: a JSON object");
        }
        CycleView opened = service.open(cycle);
        return Response.created(uri.getAbsolutePathBuilder().path(opened.code()).build()).entity(opened).build();
    }

    @GET
    @Path("{code}/progress")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "getCycleProgress",
            summary = "Where a cycle stands", description = "Countries per status, and the overdue ones with days late and reminders sent.")
    @APIResponse(responseCode = "200", description = "The progress", content = @Content(schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = "application/problem+json"))
    public Progress progress(@PathParam("code") @Parameter(description = CODE) String code,
                             @QueryParam("asOf") @Parameter(description = "Day to compute for (default today), e.g. 2017-03-15") String asOf) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return followUp.progress(code, day == null ? LocalDate.now(ZoneOffset.UTC) : day);
    }

    @POST
    @Path("{code}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("tip-admin")
    @Operation(operationId = "extendDeadline", summary = "Extend one country's deadline", description = "Logged with its reason.")
    @APIResponse(responseCode = "200", description = "The country's new deadline", content = @Content(schema = @Schema(implementation = Progress.Overdue.class)))
    @APIResponse(responseCode = "400", description = "Deadline not later, or no reason", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such cycle or country", content = @Content(mediaType = "application/problem+json"))
    public Progress.Overdue extend(@PathParam("code") @Parameter(description = CODE) String code,
                                   @RequestBody(required = true, description = "The country, its new deadline and why") ExtensionRequest request) {
        if (request == null || request.country() == null) {
            throw Problems.invalid("country", "is required");
        }
        return followUp.extend(code, request.country(), request.newDeadline(), request.reason(), caller.get());
    }

    @POST
    @Path("{code}/reminders")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "remindOverdueCountries",
            summary = "Remind the overdue countries", description = "Records a reminder as sent to every country past its deadline "
            + "without a submission, and lists them.")
    @APIResponse(responseCode = "200", description = "The countries reminded",
            content = @Content(schema = @Schema(implementation = Progress.Overdue.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = "application/problem+json"))
    public List<Progress.Overdue> remind(@PathParam("code") @Parameter(description = CODE) String code) {
        return followUp.remind(code, caller.get());
    }

    @GET
    @Path("{code}/coded-answers")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Operation(operationId = "listCodedAnswers",
            summary = "The coded answers of a cycle", description = "Comparable values per country against the structured "
            + "questionnaire (for 2015-2018: the facts the report attributes to named countries). A focal point sees its own.")
    @APIResponse(responseCode = "200", description = "The coded answers",
            content = @Content(schema = @Schema(implementation = CodedAnswerView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = "application/problem+json"))
    public List<CodedAnswerView> codedAnswers(@PathParam("code") @Parameter(description = CODE) String code,
                                              @QueryParam("country") @Parameter(description = "Only this member state's, by ISO 3166-1 alpha-3 code (a focal point's "
                                                      + "own country in any case)", example = "ARG") String country) {
        return coding.list(code, country, caller.get());
    }

    @GET
    @Path("{code}/accepted-answers")
    @RolesAllowed({"tip-admin", "tip-analyst"})
    @Operation(operationId = "listAcceptedAnswers",
            summary = "The accepted answers of a whole cycle, page by page", description = "Every ACCEPTED response of the "
            + "cycle, ordered by country code, each with the answers document GET /cycles/{code}/assignments/{country} gives; "
            + "responses not accepted are left out. Follow next (pass it as cursor) until it is null. Secretariat and analysts; "
            + "a focal point reads its own country's answers at /cycles/{code}/assignments/{country}.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = AcceptedAnswersPage.class)))
    @APIResponse(responseCode = "400", description = "limit is not a whole number from 1 to 200, or cursor is not one this API gave out",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = "application/problem+json"))
    public AcceptedAnswersPage acceptedAnswers(
            @PathParam("code") @Parameter(description = CODE) String code,
            @QueryParam("limit") @Parameter(description = "Responses per page, 1 to 200 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @QueryParam("cursor") @Parameter(description = "The next of the previous page; absent for the first page") String cursor) {
        return accepted.page(code, limit, cursor);
    }

    @POST
    @Path("{code}/closure")
    @RolesAllowed("tip-admin")
    @Operation(operationId = "closeCycle",
            summary = "Close a cycle to further answers", description = "Saves and submissions are then refused (409).")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "404", description = "No such cycle", content = @Content(mediaType = "application/problem+json"))
    public CycleView close(@PathParam("code") @Parameter(description = CODE) String code) {
        return service.close(code);
    }
}

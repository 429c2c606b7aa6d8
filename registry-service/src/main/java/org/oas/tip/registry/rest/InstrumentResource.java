package org.oas.tip.registry.rest;

import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.registry.mapping.ChangeView;
import org.oas.tip.registry.mapping.InstrumentCsv;
import org.oas.tip.registry.mapping.InstrumentView;
import org.oas.tip.registry.mapping.VersionView;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.registry.service.InstrumentService;
import org.oas.tip.registry.service.VersionPages;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading the registry: lists with filters, CSV export, ranked search, one instrument, its history. */
@Path("/api/registry/v1/instruments")
@Tag(name = ApiTags.INSTRUMENTS, description = ApiTags.INSTRUMENTS_TEXT)
public class InstrumentResource {

    /** The largest page of the list: 1000 items of about 1 kB each. */
    static final int MAX_PAGE = 1000;
    private static final int CSV_BATCH = 1000;
    private static final String CSV = "text/csv";
    /** JSON Lines, under the name most clients know it by (Quarkus' RestMediaType.APPLICATION_NDJSON). */
    private static final String JSON_LINES = "application/x-ndjson";
    private static final int LINES_BUFFER = 1 << 16;
    static final String ID = "The instrument's id";

    private final InstrumentService service;
    private final CurrentCaller caller;
    private final VersionPages versionPages;

    public InstrumentResource(InstrumentService service, CurrentCaller caller, VersionPages versionPages) {
        this.service = service;
        this.caller = caller;
        this.versionPages = versionPages;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInstruments", summary = "List instruments", description = "Public instruments for everyone; restricted ones for the secretariat, "
            + "analysts and the owning country; withdrawn ones for the secretariat and analysts, with status=WITHDRAWN. Stable order by id; "
            + "follow `next` for the following page. With asOf or cycle each instrument is shown in a stored version; with cycle "
            + "each item has its cycleEntry (what the cycle said, or the secretariat's attachment or correction and its public "
            + "reason), absent otherwise. The same rows as CSV: `GET /instruments/export.csv` (exportInstrumentsCsv).")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(schema = @Schema(implementation = InstrumentService.Page.class)))
    @APIResponse(responseCode = "400", description = "A filter value is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "status=WITHDRAWN asked by someone other than the secretariat or an analyst",
            content = @Content(mediaType = "application/problem+json"))
    public Response list(@BeanParam ListParams params,
                                       @QueryParam("cursor") @Parameter(description = "`next` of the previous page") String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Parameter(description = "Page size, 1 to "
                                               + MAX_PAGE + " (a snapshot of a whole cycle reads the largest pages)") int limit) {
        int size = PageRequest.limit(limit, MAX_PAGE);
        InstrumentFilter filter = params.toFilter(caller.get());
        // a version read (asOf, cycle: the analytics' snapshot) is written from the versions' renderings, the same page
        return Response.ok(filter.readsVersions() ? versionPages.list(filter, cursor, size) : service.list(filter, cursor, size)).build();
    }

    @GET
    @Path("export.csv")
    @PermitAll
    @Produces(CSV)
    @Operation(operationId = "exportInstrumentsCsv", summary = "Export instruments as CSV", description = "Same filters as "
            + "the list; every matching row, streamed, with a header row. With cycle, five more columns give the instrument's "
            + "record in that cycle: cycle_action, cycle_revision, cycle_origin, cycle_previous_revision, cycle_reason.")
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header row", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A filter value is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "status=WITHDRAWN asked by someone other than the secretariat or an analyst",
            content = @Content(mediaType = "application/problem+json"))
    public Response exportCsv(@BeanParam ListParams params) {
        return csvOf(params);
    }

    @GET
    @Path("export.ndjson")
    @PermitAll
    @Produces(JSON_LINES)
    @Operation(operationId = "exportInstrumentsJsonLines", summary = "Export instruments as JSON Lines", description = "Same "
            + "filters as the list; every matching item exactly as the list writes it (with cycle, its cycleEntry), one JSON "
            + "object a line (JSON Lines, " + JSON_LINES + "), in id order, streamed as read: a whole cycle in one request, "
            + "which is how the analytics service reads a cycle for a snapshot. A read cut short by a failure on the server "
            + "ends without HTTP's last chunk, so a client sees a broken response, never a shorter list.")
    @APIResponse(responseCode = "200", description = "One instrument a line", content = @Content(mediaType = JSON_LINES,
            schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "400", description = "A filter value is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "status=WITHDRAWN asked by someone other than the secretariat or an analyst",
            content = @Content(mediaType = "application/problem+json"))
    public Response exportJsonLines(@BeanParam ListParams params) {
        InstrumentFilter filter = params.toFilter(caller.get());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), LINES_BUFFER);
            versionPages.writeLines(filter, writer);
            writer.flush();
        };
        return Response.ok(body).build();
    }

    /** The CSV export by content negotiation on the list's path, as before the export had its own path; kept for its callers. */
    @GET
    @PermitAll
    @Produces("text/csv;qs=0.5")
    @Operation(hidden = true)
    public Response csv(@BeanParam ListParams params) {
        return csvOf(params);
    }

    private Response csvOf(ListParams params) {
        InstrumentFilter filter = params.toFilter(caller.get());
        boolean cycleRead = filter.cycle() != null;
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(InstrumentCsv.header(cycleRead)).get())) {
                String cursor = null;
                do {
                    InstrumentService.Page page = service.list(filter, cursor, CSV_BATCH);
                    for (InstrumentView view : page.items()) {
                        csv.printRecord(InstrumentCsv.row(view, cycleRead));
                    }
                    csv.flush();
                    cursor = page.next();
                } while (cursor != null);
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=instruments.csv").build();
    }

    @GET
    @Path("search")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchInstruments", summary = "Search instruments by words", description = "Full text over titles (original and English) and institutions, "
            + "in Spanish, English, Portuguese and French, accent- and case-insensitive, best matches first. Takes the list's filters.")
    @APIResponse(responseCode = "200", description = "The best matches",
            content = @Content(schema = @Schema(implementation = InstrumentService.Hit.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No words, or a filter value is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "status=WITHDRAWN asked by someone other than the secretariat or an analyst",
            content = @Content(mediaType = "application/problem+json"))
    public List<InstrumentService.Hit> search(@BeanParam ListParams params, @QueryParam("limit") @DefaultValue("20")
            @Parameter(description = "How many of the best matches, 1 to 100") int limit) {
        if (params.q == null || params.q.isBlank()) {
            throw Problems.invalidParameter("q", "give the words to search for");
        }
        return service.search(params.toFilter(caller.get()), PageRequest.limit(limit, 100));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInstrument", summary = "Get one instrument", description = "The ETag is needed to change it. Restricted instruments are 404 for whoever "
            + "may not see them; withdrawn ones are 404 except for the secretariat and analysts (who see them with their status).")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") @Parameter(description = ID) long id) {
        Versioned<InstrumentView> found = service.find(id, caller.get()).orElseThrow(() -> Problems.notFound("Instrument " + id));
        return ETags.ok(found);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getInstrumentHistory", summary = "The change history of an instrument", description = "Who changed it, when, before and after; oldest first.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = ChangeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = "application/problem+json"))
    public List<ChangeView> history(@PathParam("id") @Parameter(description = ID) long id) {
        return service.history(id, caller.get());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({"tip-admin", "tip-analyst", "focal-point"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInstrumentVersions", summary = "The content versions of an instrument", description = "Every version, oldest first: revision, from when "
            + "it is valid, who recorded it, its origin (BASELINE, CYCLE, AMENDMENT, DIRECT_ENTRY) and cycle, and the instrument as "
            + "it was. For the secretariat, analysts and the focal point of the instrument's country.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = VersionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such instrument, or not visible to the caller", content = @Content(mediaType = "application/problem+json"))
    public List<VersionView> versions(@PathParam("id") @Parameter(description = ID) long id) {
        return service.versions(id, caller.get());
    }
}

package org.oas.tip.analytics.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oas.tip.analytics.indicator.CodedAnswerRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * A cycle, its accepted answers (page by page) and coded answers, and the questionnaire definitions they answer, from the
 * questionnaire service, read with a client-credentials token.
 */
@Path("/api/questionnaire/v1")
@RegisterRestClient(configKey = "questionnaire")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface QuestionnaireClient {

    /**
     * The part of a cycle this service keeps: its reference date, the one date "in force" and durations are read at (null
     * from a questionnaire service that does not give one yet).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cycle(String code, LocalDate referenceDate) {
    }

    @GET
    @Path("cycles/{cycle}")
    Cycle cycle(@PathParam("cycle") String cycle);

    /**
     * One page of a cycle's ACCEPTED assignments, ordered by country, each with its answers keyed by linkId (groups nest,
     * repeating groups are arrays) and the questionnaire version they answer; {@code next} is the opaque cursor of the
     * following page, null on the last.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AcceptedAnswersPage(List<AcceptedAnswers> items, String next) {
    }

    /**
     * The part of one accepted assignment this service keeps: its answers, the document {@code GET .../assignments/{country}}
     * gives, and the questionnaire version they answer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AcceptedAnswers(String country, String status, String questionnaire, String questionnaireVersion,
                           JsonNode answers) {
    }

    /** {@code limit} 1 to 200; {@code cursor} null for the first page. */
    @GET
    @Path("cycles/{cycle}/accepted-answers")
    AcceptedAnswersPage acceptedAnswers(@PathParam("cycle") String cycle, @QueryParam("limit") int limit,
                                        @QueryParam("cursor") String cursor);

    @GET
    @Path("cycles/{cycle}/coded-answers")
    List<CodedAnswerRecord> codedAnswers(@PathParam("cycle") String cycle);

    /** A published questionnaire version's definition: its items, nested. */
    @GET
    @Path("questionnaires/{code}/versions/{version}")
    QuestionnaireDefinition definition(@PathParam("code") String code, @PathParam("version") String version);

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return new SourceFailure("questionnaire", response);
    }
}

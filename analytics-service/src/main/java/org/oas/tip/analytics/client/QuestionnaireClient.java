package org.oas.tip.analytics.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.oas.tip.analytics.indicator.CodedAnswerRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * A cycle's assignments, accepted answers and coded answers, and the questionnaire definitions they answer, from the
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

    /** The part of an assignment this service keeps: an ACCEPTED one makes its country a respondent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignment(String country, String status) {
    }

    @GET
    @Path("cycles/{cycle}/assignments")
    List<Assignment> assignments(@PathParam("cycle") String cycle);

    /**
     * One assignment with its answers keyed by linkId (groups nest, repeating groups are arrays) and the questionnaire
     * version they answer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssignmentAnswers(String country, String status, String questionnaire, String questionnaireVersion,
                             JsonNode answers) {
    }

    @GET
    @Path("cycles/{cycle}/assignments/{country}")
    AssignmentAnswers assignment(@PathParam("cycle") String cycle, @PathParam("country") String country);

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

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

import java.util.List;

/** A cycle's assignments, accepted answers and coded answers from the questionnaire service, read with a client-credentials token. */
@Path("/api/questionnaire/v1/cycles/{cycle}")
@RegisterRestClient(configKey = "questionnaire")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface QuestionnaireClient {

    /** The part of an assignment this service keeps: an ACCEPTED one makes its country a respondent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignment(String country, String status) {
    }

    @GET
    @Path("assignments")
    List<Assignment> assignments(@PathParam("cycle") String cycle);

    /** One assignment with its answers keyed by linkId (groups nest, repeating groups are arrays). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AssignmentAnswers(String country, String status, JsonNode answers) {
    }

    @GET
    @Path("assignments/{country}")
    AssignmentAnswers assignment(@PathParam("cycle") String cycle, @PathParam("country") String country);

    @GET
    @Path("coded-answers")
    List<CodedAnswerRecord> codedAnswers(@PathParam("cycle") String cycle);

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return new SourceFailure("questionnaire", response);
    }
}

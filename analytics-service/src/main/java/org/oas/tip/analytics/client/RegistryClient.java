package org.oas.tip.analytics.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.io.InputStream;
import java.util.List;

/** The registry's instruments and countries, read with a client-credentials token (an analyst sees restricted ones). */
@Path("/api/registry/v1")
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    String JSON_LINES = "application/x-ndjson";

    /** The part of a member state this service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Country(String iso3, String nameEn) {
    }

    /**
     * The instruments a cycle reported or confirmed, each in the version that cycle established (for 2015-2018 the
     * baseline), with its cycleEntry, in id order; {@code countries} (optional) narrows them. Every one of them in one
     * response, one JSON object a line, streamed as the registry reads them: read it as it arrives and close it. A read
     * the registry cut short breaks off (no last chunk), so reading it fails rather than ending early.
     */
    @GET
    @Path("instruments/export.ndjson")
    @Produces(JSON_LINES)
    InputStream instrumentLines(@QueryParam("cycle") String cycle, @QueryParam("country") List<String> countries);

    @GET
    @Path("countries")
    List<Country> countries();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return new SourceFailure("registry", response);
    }
}

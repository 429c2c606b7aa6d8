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
import org.oas.tip.analytics.indicator.InstrumentRecord;

import java.util.List;

/** The registry's instruments and countries, read with a client-credentials token (an analyst sees restricted ones). */
@Path("/api/registry/v1")
@RegisterRestClient(configKey = "registry")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    /**
     * One page of the instruments a cycle reported or confirmed, each in the version that cycle established (for
     * 2015-2018 the baseline); {@code next} is the cursor of the following page, null on the last. A cursor is a position in
     * id order, so a read from it may narrow the countries.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record InstrumentPage(List<InstrumentRecord> items, String next) {
    }

    /** The part of a member state this service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Country(String iso3, String nameEn) {
    }

    @GET
    @Path("instruments")
    InstrumentPage instruments(@QueryParam("cycle") String cycle, @QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
                               @QueryParam("country") List<String> countries);

    @GET
    @Path("countries")
    List<Country> countries();

    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return new SourceFailure("registry", response);
    }
}

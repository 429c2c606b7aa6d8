package org.oas.tip.questionnaire.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The registry's public list of member states (the registry owns countries; this service only reads them). */
@Path("/api/registry/v1/countries")
@RegisterRestClient(configKey = "registry")
public interface MemberStatesClient {

    /** A member state as the registry shows it (only what this service needs). */
    record Country(String iso3, boolean active) {
    }

    @GET
    List<Country> list(@QueryParam("active") Boolean active);
}

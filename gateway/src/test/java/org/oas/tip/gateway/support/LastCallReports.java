package org.oas.tip.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.vertx.core.json.JsonObject;

/** The gateway's reports of last calls as the registry stub received them, and the token the gateway reports with. */
public final class LastCallReports {

    /** The access token the identity provider stub issues to the client {@code gateway}. */
    public static final String GATEWAY_TOKEN = "access-token-of-client-gateway";

    private LastCallReports() {
    }

    /** Makes the WireMock identity provider issue {@link #GATEWAY_TOKEN} for the gateway's client credentials. */
    public static void issueGatewayToken(WireMockServer identityProvider) {
        identityProvider.stubFor(post(urlEqualTo("/auth/realms/quarkus/protocol/openid-connect/token"))
                .withBasicAuth("gateway", "local-dev-secret-gateway")
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + GATEWAY_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    /** Every report the registry stub received since the last {@link Stubs#clear()}. */
    public static List<Map<String, Object>> received() {
        return Stubs.received("registry").stream()
                .filter(request -> "/api/registry/v1/last-calls".equals(request.get("uri")))
                .toList();
    }

    /** The body of a report. */
    public static JsonObject body(Map<String, Object> report) {
        return new JsonObject((String) report.get("body"));
    }

    /** The entry of a report for one subject. */
    public static Optional<JsonObject> entry(Map<String, Object> report, String subject) {
        return body(report).getJsonArray("calls").stream()
                .map(JsonObject.class::cast)
                .filter(call -> subject.equals(call.getString("subject")))
                .findFirst();
    }

    /** A header of a report (lower-case name). */
    @SuppressWarnings("unchecked")
    public static String header(Map<String, Object> report, String name) {
        return ((Map<String, String>) report.get("headers")).get(name);
    }
}

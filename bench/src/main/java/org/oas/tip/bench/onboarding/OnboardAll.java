package org.oas.tip.bench.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import org.oas.tip.bench.ApiClient;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Http;
import org.oas.tip.bench.Json;
import org.oas.tip.bench.Report;
import org.oas.tip.bench.Stack;
import org.oas.tip.bench.Stats;
import org.oas.tip.bench.TokenSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Onboarding every member state's tool through the API, side by side with its peer in one run, round by round: the
 * registry's {@code POST /countries/{iso3}/tools} through the gateway for each of the active member states (Keycloak
 * client, service account role, secret, record and audit), and the bare Keycloak admin calls that make the same client
 * (create, service account, grantable roles, role mapping, secret) with the registry's own account, which is the least
 * any onboarding can cost. Each round then revokes what it made (through the API; the bare clients are deleted) and
 * that is timed too. Token for the API: the questionnaire service's client, whose account holds tip-admin.
 *
 * <pre>onboarding [gatewayUrl] [rounds] [keycloakUrl]</pre>
 */
public final class OnboardAll {

    private OnboardAll() {
    }

    public static void run(Args args) throws Exception {
        String gateway = args.string(0, "http://localhost:8080");
        int rounds = args.integer(1, 5);
        String keycloak = args.string(2, "http://localhost:8180");
        String realm = keycloak + "/realms/oas-tip";
        ApiClient api = new ApiClient(Http.client(), new TokenSource(Stack.tokenUrl(realm), "questionnaire-service",
                Stack.env("TIP_QUESTIONNAIRE_SERVICE_SECRET", "local-dev-secret-questionnaire-service")), Duration.ofSeconds(60));
        ApiClient admin = new ApiClient(Http.client(), new TokenSource(Stack.tokenUrl(realm), "registry-service",
                Stack.env("TIP_REGISTRY_SERVICE_SECRET", "local-dev-secret-registry-service")), Duration.ofSeconds(60));
        List<String> countries = new ArrayList<>();
        api.get(gateway + "/api/registry/v1/countries?active=true").expect(200).json().forEach(c -> countries.add(c.path("iso3").asText()));
        long[] viaApi = new long[rounds];
        long[] bare = new long[rounds];
        long[] revoke = new long[rounds];
        List<Long> perTool = new ArrayList<>();
        for (int r = -1; r < rounds; r++) {
            List<String> made = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String country : countries) {
                long s = System.nanoTime();
                JsonNode tool = api.send("POST", gateway + "/api/registry/v1/countries/" + country + "/tools",
                        Json.write(Map.of("name", "bench tool " + country)), "Content-Type", "application/json").expect(201).json();
                if (r >= 0) {
                    perTool.add(System.nanoTime() - s);
                }
                made.add(country + "/tools/" + tool.path("tool").path("id").asLong());
            }
            long t1 = System.nanoTime();
            List<String> bareIds = new ArrayList<>();
            String run = UUID.randomUUID().toString().substring(0, 6);
            for (String country : countries) {
                bareIds.add(bareClient(admin, keycloak, "bench-" + run + "-" + country.toLowerCase(), country));
            }
            long t2 = System.nanoTime();
            for (String tool : made) {
                api.send("POST", gateway + "/api/registry/v1/countries/" + tool + "/revocation", Json.write(Map.of("reason", "bench")),
                        "Content-Type", "application/json").expect(200);
            }
            long t3 = System.nanoTime();
            for (String id : bareIds) {
                admin.send("DELETE", keycloak + "/admin/realms/oas-tip/clients/" + id, null).expect(204);
            }
            if (r >= 0) {
                viaApi[r] = t1 - t0;
                bare[r] = t2 - t1;
                revoke[r] = t3 - t2;
            }
        }
        System.out.printf("== %d member states' tools, one after another, %d rounds after one warm-up (%s)%n", countries.size(), rounds, gateway);
        Report.p50p95max("all " + countries.size() + " through the registry's API", viaApi, 52, 8);
        Report.p50p95max("all " + countries.size() + " by bare Keycloak admin calls (peer)", bare, 52, 8);
        Report.p50p95max("one tool through the API", Stats.array(perTool), 52, 8);
        Report.p50p95max("revoking all " + countries.size() + " through the API", revoke, 52, 8);
        System.out.printf("   median ratio API / bare Keycloak: %.2f x%n", Stats.ms(viaApi, 50) / Stats.ms(bare, 50));
    }

    /** The Keycloak calls that make a tool's client, as the registry makes them; gives Keycloak's id of the client. */
    private static String bareClient(ApiClient admin, String keycloak, String clientId, String country) throws Exception {
        String base = keycloak + "/admin/realms/oas-tip";
        Map<String, Object> client = Map.of("clientId", clientId, "enabled", true, "publicClient", false, "serviceAccountsEnabled", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                "attributes", Map.of("access.token.lifespan", "60", "tip.member-state-tool", "true"),
                "protocolMappers", List.of(Map.of("name", "country (hardcoded)", "protocol", "openid-connect",
                        "protocolMapper", "oidc-hardcoded-claim-mapper", "config", Map.of("access.token.claim", "true",
                                "claim.name", "country", "claim.value", country, "jsonType.label", "String"))));
        admin.send("POST", base + "/clients", Json.write(client), "Content-Type", "application/json").expect(201);
        String id = admin.get(base + "/clients?clientId=" + clientId).expect(200).json().path(0).path("id").asText();
        String user = admin.get(base + "/clients/" + id + "/service-account-user").expect(200).json().path("id").asText();
        JsonNode focal = null;
        for (JsonNode role : admin.get(base + "/users/" + user + "/role-mappings/realm/available").expect(200).json()) {
            if (role.path("name").asText().equals("focal-point")) {
                focal = role;
            }
        }
        admin.send("POST", base + "/users/" + user + "/role-mappings/realm", Json.write(List.of(focal)), "Content-Type", "application/json").expect(204);
        admin.get(base + "/clients/" + id + "/client-secret").expect(200);
        return id;
    }
}

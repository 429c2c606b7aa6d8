package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What {@link ContractFilter} writes into a service's OpenAPI document that depends on where the system runs. Read at
 * start-up from these keys (the defaults name the local stack, so the committed documents name it too; production
 * overrides them):
 * <ul>
 * <li>{@code tip.openapi.server-url}: the gateway every client calls (default {@value #LOCAL_GATEWAY});</li>
 * <li>{@code tip.openapi.realm-url}: the Keycloak realm (default {@value #LOCAL_REALM}), from which the two endpoints
 * below are derived unless set;</li>
 * <li>{@code tip.openapi.token-url}: the OAuth2 token endpoint, for client credentials and authorization code;</li>
 * <li>{@code tip.openapi.authorization-url}: the OAuth2 authorization endpoint, for people signing in;</li>
 * <li>{@code tip.openapi.rate-limited}: whether callers may get 429 (the gateway limits every client; default true).</li>
 * </ul>
 * A record read with {@link ConfigProvider} rather than a {@code @ConfigMapping}: the filter is created by SmallRye
 * OpenAPI, not by CDI.
 */
public record ContractSettings(String serverUrl, String tokenUrl, String authorizationUrl, boolean rateLimited) {

    static final String LOCAL_GATEWAY = "http://localhost:8080";
    static final String LOCAL_REALM = "http://localhost:8180/realms/oas-tip";
    private static final String ENDPOINTS = "/protocol/openid-connect";

    /** The local stack: gateway on 8080, Keycloak realm oas-tip on 8180. */
    public static ContractSettings local() {
        return forRealm(LOCAL_GATEWAY, LOCAL_REALM, true);
    }

    /** The endpoints of a Keycloak realm. */
    public static ContractSettings forRealm(String serverUrl, String realmUrl, boolean rateLimited) {
        String endpoints = realmUrl.replaceAll("/+$", "") + ENDPOINTS;
        return new ContractSettings(serverUrl, endpoints + "/token", endpoints + "/auth", rateLimited);
    }

    /** The settings of the running service. */
    public static ContractSettings fromConfig() {
        // the class loader of this library (the application's), not the thread's: the document may be built on a thread
        // whose context class loader another extension set (the Keycloak admin client's, in the registry)
        Config config = ConfigProvider.getConfig(ContractSettings.class.getClassLoader());
        ContractSettings local = forRealm(LOCAL_GATEWAY,
                config.getOptionalValue("tip.openapi.realm-url", String.class).orElse(LOCAL_REALM), true);
        return new ContractSettings(
                config.getOptionalValue("tip.openapi.server-url", String.class).orElse(local.serverUrl()),
                config.getOptionalValue("tip.openapi.token-url", String.class).orElse(local.tokenUrl()),
                config.getOptionalValue("tip.openapi.authorization-url", String.class).orElse(local.authorizationUrl()),
                config.getOptionalValue("tip.openapi.rate-limited", Boolean.class).orElse(local.rateLimited()));
    }
}

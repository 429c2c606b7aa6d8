package org.oas.tip.bench;

/**
 * Where the running stack's services answer, from the environment the scripts set: {@code QUESTIONNAIRE_URL}
 * (default http://localhost:8081), {@code REGISTRY_URL} (:8082) and {@code TOKEN_URL} (the local Keycloak's token
 * endpoint of realm oas-tip, :8180); {@code ADMIN_SECRET} is the secret of the Keycloak client questionnaire-service.
 */
public record Stack(String questionnaire, String registry, String tokenUrl, String adminSecret) {

    public static final String DEFAULT_REALM = "http://localhost:8180/realms/oas-tip";

    public static Stack fromEnvironment() {
        return new Stack(env("QUESTIONNAIRE_URL", "http://localhost:8081"), env("REGISTRY_URL", "http://localhost:8082"),
                env("TOKEN_URL", tokenUrl(DEFAULT_REALM)), env("ADMIN_SECRET", "local-dev-secret-questionnaire-service"));
    }

    public static String tokenUrl(String realmUrl) {
        return realmUrl + "/protocol/openid-connect/token";
    }

    /** The questionnaire service's API root. */
    public String questionnaireApi() {
        return questionnaire + "/api/questionnaire/v1";
    }

    /** The secretariat's tokens: the Keycloak client questionnaire-service (realm role tip-admin). */
    public TokenSource secretariat() {
        return new TokenSource(tokenUrl, "questionnaire-service", adminSecret);
    }

    public static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

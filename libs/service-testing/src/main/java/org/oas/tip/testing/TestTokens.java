package org.oas.tip.testing;

import io.smallrye.jwt.build.Jwt;

import java.util.Set;

/**
 * Signed bearer tokens shaped like the oas-tip realm's (roles in {@code groups}, {@code country}, audience
 * {@code tip-api}), accepted by a service under the WireMock OIDC server of the tests.
 */
public final class TestTokens {

    /** The issuer of the WireMock OIDC server; services set {@code %test.quarkus.oidc.token.issuer} to it. */
    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String admin() {
        return token("admin", Set.of("tip-admin"), null);
    }

    public static String analyst() {
        return token("analyst", Set.of("tip-analyst"), null);
    }

    public static String focalPoint(String country) {
        return token("focal-" + country.toLowerCase(), Set.of("focal-point"), country);
    }

    /** The questionnaire service's account: the secretariat's reach plus the publication role no person holds. */
    public static String publisher() {
        return token("service-account-questionnaire-service", Set.of("tip-admin", "tip-publisher"), null);
    }

    /** The gateway's account, which reports who called when (a role no person holds). */
    public static String gateway() {
        return token("service-account-gateway", Set.of("tip-gateway"), null);
    }

    /** Authenticated, but with no role of this system. */
    public static String noRole() {
        return token("someone", Set.of(), null);
    }

    /** Correctly signed, but issued for another API. */
    public static String otherAudience() {
        return Jwt.preferredUserName("admin").groups(Set.of("tip-admin")).issuer(ISSUER).audience("another-api").sign();
    }

    /** Correctly signed and addressed, but expired a minute ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.preferredUserName("admin").groups(Set.of("tip-admin")).issuer(ISSUER).audience("tip-api")
                .issuedAt(now - 600).expiresAt(now - 60).sign();
    }

    /** The admin's claims, signed by a key the identity provider never published. */
    public static String forged() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.preferredUserName("admin").groups(Set.of("tip-admin")).issuer(ISSUER).audience("tip-api")
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Correctly signed and addressed, but naming another issuer. */
    public static String otherIssuer() {
        return Jwt.preferredUserName("admin").groups(Set.of("tip-admin")).issuer("https://impostor.example.org")
                .audience("tip-api").sign();
    }

    private static String token(String user, Set<String> roles, String country) {
        var builder = Jwt.preferredUserName(user).subject(user).groups(roles).issuer(ISSUER).audience("tip-api");
        if (country != null) {
            builder.claim("country", country);
        }
        return builder.sign();
    }
}

package org.oas.tip.gateway.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens as the identity provider would issue them, and the ways they go wrong. */
public final class Tokens {

    /** The issuer the WireMock OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    /** A valid token for the API, held by the given client. */
    public static String valid(String clientId) {
        return claims(ISSUER, "tip-api", clientId).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A valid token for the API held by a client, for the given subject and {@code preferred_username} (none if null). */
    public static String valid(String clientId, String subject, String username) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience("tip-api")
                .subject(subject)
                .claim("azp", clientId)
                .expiresIn(300);
        if (username != null) {
            claims.preferredUserName(username);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token that expired ten minutes ago. */
    public static String expired() {
        return Jwt.issuer(ISSUER)
                .audience("tip-api")
                .subject("alice")
                .claim("azp", "tool-mex")
                .issuedAt(Instant.now().minusSeconds(1200))
                .expiresAt(Instant.now().minusSeconds(600))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token with the right claims signed by a key the identity provider never published. */
    public static String signedByOtherKey() {
        return claims(ISSUER, "tip-api", "tool-mex").jws().keyId("1").sign(otherKey());
    }

    /** A token signed with the right key but naming another issuer. */
    public static String fromOtherIssuer() {
        return claims("https://impostor.example.org", "tip-api", "tool-mex").jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token of the right issuer meant for another audience. */
    public static String forOtherAudience() {
        return claims(ISSUER, "another-api", "tool-mex").jws().keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String issuer, String audience, String clientId) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject("alice")
                .preferredUserName("alice")
                .claim("azp", clientId)
                .expiresIn(300);
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.oas.tip.testing;

import io.restassured.specification.RequestSpecification;

import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * The kinds of caller every security matrix checks: anonymous, the focal point of the country a resource belongs to
 * (ARG), a focal point of another country (MEX), an analyst and the secretariat.
 */
public enum TestCaller {
    ANONYMOUS(() -> null),
    FOCAL_OWN(() -> TestTokens.focalPoint("ARG")),
    FOCAL_OTHER(() -> TestTokens.focalPoint("MEX")),
    ANALYST(TestTokens::analyst),
    ADMIN(TestTokens::admin);

    private final Supplier<String> token;

    TestCaller(Supplier<String> token) {
        this.token = token;
    }

    /** A request carrying this caller's token (none for ANONYMOUS). */
    public RequestSpecification request() {
        String t = token.get();
        return t == null ? given() : given().auth().oauth2(t);
    }
}

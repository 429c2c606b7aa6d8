package org.oas.tip.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The token tests against the packaged gateway. */
@QuarkusIntegrationTest
class TokenValidationIT extends TokenValidationTest {
}

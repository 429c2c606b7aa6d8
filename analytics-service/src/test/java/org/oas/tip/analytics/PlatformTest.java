package org.oas.tip.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.ServiceContractTest;
import org.oas.tip.testing.TestTokens;

/** The analytics service keeps the contract every service keeps. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformTest extends ServiceContractTest {

    @Override
    protected String apiPrefix() {
        return "/api/analytics/v1";
    }

    @Override
    protected ProtectedCall protectedCall() {
        return new ProtectedCall("PUT", "/api/analytics/v1/populations/URY/2017",
                "{\"population\":3436641,\"source\":\"contract test\"}",
                TestTokens.admin(), TestTokens.analyst());
    }

    @Override
    protected String publicPath() {
        return "/api/analytics/v1/reports";
    }
}

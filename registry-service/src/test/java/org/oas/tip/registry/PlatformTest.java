package org.oas.tip.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.ServiceContractTest;
import org.oas.tip.testing.TestTokens;

/** The registry keeps the contract every service keeps. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformTest extends ServiceContractTest {

    @Override
    protected String apiPrefix() {
        return "/api/registry/v1";
    }

    @Override
    protected ProtectedCall protectedCall() {
        return new ProtectedCall("PUT", "/api/registry/v1/countries/ARG",
                "{\"nameEn\":\"Argentina\",\"nameEs\":\"Argentina\",\"nameFr\":\"Argentine\",\"namePt\":\"Argentina\","
                        + "\"subregion\":\"SOUTH_AMERICA\",\"active\":true}",
                TestTokens.admin(), TestTokens.focalPoint("ARG"));
    }

    @Override
    protected String publicPath() {
        return "/api/registry/v1/countries";
    }
}

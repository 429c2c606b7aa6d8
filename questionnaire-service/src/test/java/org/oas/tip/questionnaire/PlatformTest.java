package org.oas.tip.questionnaire;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.oas.tip.testing.PostgresTestResource;
import org.oas.tip.testing.ServiceContractTest;
import org.oas.tip.testing.TestTokens;

/** The questionnaire service keeps the contract every service keeps. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
class PlatformTest extends ServiceContractTest {

    @Override
    protected String apiPrefix() {
        return "/api/questionnaire/v1";
    }

    @Override
    protected ProtectedCall protectedCall() {
        return new ProtectedCall("POST", "/api/questionnaire/v1/cycles",
                "{\"code\":\"contract-test\",\"title\":\"t\",\"opensOn\":\"2030-01-01\",\"deadline\":\"2030-02-01\",\"referenceDate\":\"2030-02-01\",\"questionnaire\":\"oas-tip-structured\",\"questionnaireVersion\":\"1\"}",
                TestTokens.admin(), TestTokens.focalPoint("ARG"));
    }
}

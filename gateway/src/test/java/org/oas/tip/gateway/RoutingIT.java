package org.oas.tip.gateway;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The routing tests against the packaged gateway. */
@QuarkusIntegrationTest
class RoutingIT extends RoutingTest {
}

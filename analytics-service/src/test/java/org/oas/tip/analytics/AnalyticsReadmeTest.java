package org.oas.tip.analytics;

import org.junit.jupiter.api.Test;
import org.oas.tip.testing.ReadmeEndpointTable;

import java.nio.file.Path;

/** The README's endpoint table lists exactly the operations of the committed OpenAPI document. */
class AnalyticsReadmeTest {

    @Test
    void endpointTableMatchesTheCommittedDocument() {
        ReadmeEndpointTable.assertMatches(Path.of("README.md"), Path.of("src/main/openapi/openapi.yaml"), "/api/analytics/v1");
    }
}

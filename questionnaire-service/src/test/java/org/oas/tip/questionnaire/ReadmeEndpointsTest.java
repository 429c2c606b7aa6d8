package org.oas.tip.questionnaire;

import org.junit.jupiter.api.Test;
import org.oas.tip.testing.ReadmeEndpointTable;

import java.nio.file.Path;

/** The README's endpoint table lists exactly the operations of the committed OpenAPI document. */
class ReadmeEndpointsTest {

    @Test
    void endpointTableMatchesTheCommittedDocument() {
        ReadmeEndpointTable.assertMatches(Path.of("README.md"), Path.of("src/main/openapi/openapi.yaml"), "/api/questionnaire/v1");
    }
}

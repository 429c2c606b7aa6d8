package org.oas.tip.questionnaire;

import org.junit.jupiter.api.Test;
import org.oas.tip.testing.ReadmeEndpointTable;
import org.oas.tip.testing.ReadmeEndpointTable.Endpoint;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The README's endpoint table lists exactly the operations of the committed OpenAPI document, with their operationIds. */
class ReadmeEndpointsTest {

    @Test
    void readmeTableListsEveryOperationOfTheCommittedDocument() {
        Set<Endpoint> readme = ReadmeEndpointTable.ofReadme(Path.of("README.md"));
        Set<Endpoint> openApi = ReadmeEndpointTable.ofOpenApi(Path.of("src/main/openapi/openapi.yaml"));
        assertFalse(openApi.isEmpty(), "the committed document has operations");
        assertEquals(openApi, readme, "README.md endpoint table and src/main/openapi/openapi.yaml differ:"
                + ReadmeEndpointTable.differences(readme, openApi));
    }
}

package org.oas.tip.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractGateTest {

    private static final String RELEASED = """
            ---
            openapi: 3.1.0
            info:
              title: Registry
              version: "1.0"
            paths:
              /countries:
                get:
                  operationId: listCountries
                  parameters:
                  - name: limit
                    in: query
                    schema:
                      type: integer
                  responses:
                    "200":
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              iso3:
                                type: string
              /countries/{iso3}:
                get:
                  operationId: getCountry
                  parameters:
                  - name: iso3
                    in: path
                    required: true
                    schema:
                      type: string
                  responses:
                    "200":
                      description: OK
            """;

    @TempDir
    Path dir;

    private List<String> gate(String committed, String changelog) throws IOException {
        Path released = dir.resolve("released.yaml");
        Files.writeString(released, RELEASED);
        Path now = dir.resolve("openapi.yaml");
        Files.writeString(now, committed);
        Path log = dir.resolve("CHANGELOG.md");
        if (changelog != null) {
            Files.writeString(log, changelog);
        }
        return ContractGate.check(released, now, log);
    }

    @Test
    void theReleasedDocumentAndCompatibleAdditionsPass() throws IOException {
        assertEquals(List.of(), gate(RELEASED, null));
        String added = RELEASED.replace("      - name: limit\n",
                "      - name: cursor\n        in: query\n        schema:\n          type: string\n      - name: limit\n")
                + "  /cycles:\n    get:\n      operationId: listCycles\n      responses:\n        \"200\":\n          description: OK\n";
        assertEquals(List.of(), gate(added, null));
    }

    @Test
    void aRemovedOperationOrAChangedTypeIsRefusedUntilTheVersionAndChangelogSaySo() throws IOException {
        String removed = RELEASED.substring(0, RELEASED.indexOf("  /countries/{iso3}:"));
        List<String> wrong = gate(removed, null);
        assertEquals(1, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).contains("bump info.version") && wrong.get(0).contains("/countries/{iso3}"), wrong.get(0));

        String retyped = RELEASED.replace("          type: integer", "          type: string");
        assertTrue(gate(retyped, null).get(0).contains("bump info.version"), "integer to string is breaking");

        String bumped = removed.replace("version: \"1.0\"", "version: \"2.0\"");
        assertTrue(gate(bumped, null).get(0).contains("has no '## 2.0' section"));
        assertTrue(gate(bumped, "# Changelog\n\n## 1.0\nFirst release\n").get(0).contains("has no '## 2.0' section"));
        assertEquals(List.of(), gate(bumped, "# Changelog\n\n## 2.0 (2026-12-06)\nGET /countries/{iso3} is gone.\n"));
    }

    @Test
    void aMissingReleasedDocumentOrAListOfTypesIsSaid() throws IOException {
        Path now = dir.resolve("openapi.yaml");
        Files.writeString(now, RELEASED);
        assertTrue(ContractGate.check(dir.resolve("none.yaml"), now, dir.resolve("CHANGELOG.md")).get(0).contains("no released document"));
        String listed = RELEASED.replace("          type: integer", "          type: [integer, \"null\"]");
        assertTrue(gate(listed, null).get(0).contains("list of types"), gate(listed, null).toString());
    }
}

package org.oas.tip.stack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TypeScript clients an integrator generates from the committed contracts (openapi-generator's typescript-fetch,
 * run by this module's build) compile with tsc in strict mode, run with the machine's Node.js through npx.
 */
class GeneratedTypeScriptTest {

    /** The TypeScript compiler version the build runs. */
    static final String TYPESCRIPT = "5.9.3";

    @ParameterizedTest
    @ValueSource(strings = {"questionnaire", "registry", "analytics"})
    void theGeneratedClientCompiles(String service) throws Exception {
        Path client = Path.of("target", "generated-typescript", service);
        assertTrue(Files.exists(client.resolve("index.ts")), "the build generates " + client);
        Path log = Files.createTempFile("tsc", ".log");
        Process tsc = new ProcessBuilder("npx", "--yes", "-p", "typescript@" + TYPESCRIPT, "tsc", "--noEmit", "--strict",
                "--target", "ES2020", "--lib", "ES2020,DOM", "--module", "ES2020", "--moduleResolution", "node", "index.ts")
                .directory(client.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(tsc.waitFor(5, TimeUnit.MINUTES), "tsc finished");
        assertEquals(0, tsc.exitValue(), "tsc on the " + service + " client (Node.js, npx and the npm registry are needed):\n"
                + Files.readString(log));
    }
}

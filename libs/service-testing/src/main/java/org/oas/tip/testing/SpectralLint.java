package org.oas.tip.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lints an OpenAPI document with Spectral (the npm package, run with the machine's Node.js through npx, at the version
 * pinned here) against the project's ruleset ({@code .spectral.yaml} at the repository root: {@code spectral:oas}
 * plus the project's conventions).
 */
public final class SpectralLint {

    /** The Spectral CLI version the build runs. */
    public static final String VERSION = "6.16.3";

    /** One finding: Spectral's rule code, where in the document, and its message. */
    public record Finding(int severity, String code, String path, String message) {
        @Override
        public String toString() {
            return code + " at " + path + ": " + message;
        }
    }

    /** What Spectral found, errors (severity 0) apart from warnings (1) and the rest. */
    public record Result(List<Finding> errors, List<Finding> warnings, int others) {
    }

    private SpectralLint() {
    }

    public static Result lint(Path document, Path ruleset) throws IOException, InterruptedException {
        Path output = Files.createTempFile("spectral", ".json");
        Path log = Files.createTempFile("spectral", ".log");
        try {
            Process process = new ProcessBuilder("npx", "--yes", "@stoplight/spectral-cli@" + VERSION, "lint",
                    "--ruleset", ruleset.toAbsolutePath().toString(), "--format", "json", "--output", output.toString(),
                    document.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Spectral did not finish within 5 minutes: " + Files.readString(log));
            }
            String json = Files.readString(output, StandardCharsets.UTF_8);
            // exit 1 means errors were found (they are in the output); anything else, or no output, is Spectral failing
            if (process.exitValue() > 1 || json.isBlank()) {
                throw new IllegalStateException("Spectral (npx, Node.js and the npm registry are needed) failed with "
                        + process.exitValue() + ": " + Files.readString(log));
            }
            List<Finding> errors = new ArrayList<>();
            List<Finding> warnings = new ArrayList<>();
            int others = 0;
            for (JsonNode result : new ObjectMapper().readTree(json)) {
                List<String> path = new ArrayList<>();
                result.path("path").forEach(p -> path.add(p.asText()));
                Finding finding = new Finding(result.path("severity").asInt(), result.path("code").asText(), String.join(".", path),
                        result.path("message").asText());
                if (finding.severity() == 0) {
                    errors.add(finding);
                } else if (finding.severity() == 1) {
                    warnings.add(finding);
                } else {
                    others++;
                }
            }
            return new Result(errors, warnings, others);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(log);
        }
    }
}

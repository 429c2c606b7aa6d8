package org.oas.tip.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The breaking-change gate: a service's committed OpenAPI document compared with the released one kept beside it
 * ({@code src/main/openapi/released/openapi.yaml}) by openapi-diff. A change a released client would break on (an
 * operation or a response field gone, a parameter's type changed, a new required input...) is refused unless the
 * document's {@code info.version} differs from the released one and the service's {@code CHANGELOG.md} has a section
 * for that version.
 * <p>
 * Both documents are read as OpenAPI 3.0: openapi-diff does not compare the 3.1 form of {@code type} (it saw no
 * difference when a parameter went from integer to string), and these documents use no 3.1-only construct (a document
 * with a list of types is refused, so that stays true).
 */
public final class ContractGate {

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^openapi: 3\\.1\\.\\d+$");
    private static final Pattern TYPE_LIST = Pattern.compile("(?m)^\\s*type:\\s*\\[");

    private ContractGate() {
    }

    /** Why the committed document may not be released as it is; empty when it may. */
    public static List<String> check(Path released, Path committed, Path changelog) throws IOException {
        List<String> wrong = new ArrayList<>();
        if (!Files.exists(released)) {
            wrong.add("There is no released document at " + released + ": copy the committed one there when a contract is released");
            return wrong;
        }
        OpenAPI before = read(Files.readString(released), released, wrong);
        OpenAPI after = read(Files.readString(committed), committed, wrong);
        if (!wrong.isEmpty()) {
            return wrong;
        }
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromSpecifications(before, after);
        } catch (RuntimeException e) {
            wrong.add("openapi-diff could not compare " + committed + " with " + released + " (" + e
                    + "); compare them by hand, and release the committed document if nothing a client relies on changed");
            return wrong;
        }
        if (!diff.isIncompatible()) {
            return wrong;
        }
        String releasedVersion = before.getInfo().getVersion();
        String version = after.getInfo().getVersion();
        String changes = render(diff);
        if (version.equals(releasedVersion)) {
            wrong.add("The committed document breaks clients of the released one (" + releasedVersion + "); bump info.version "
                    + "(quarkus.smallrye-openapi.info-version) and describe the change in CHANGELOG.md:\n" + changes);
        } else if (!Files.exists(changelog) || !Pattern.compile("(?m)^## .*\\b" + Pattern.quote(version) + "\\b").matcher(Files.readString(changelog)).find()) {
            wrong.add("Version " + version + " breaks clients of " + releasedVersion + " but " + changelog + " has no '## " + version
                    + "' section saying so:\n" + changes);
        }
        return wrong;
    }

    private static OpenAPI read(String text, Path from, List<String> wrong) {
        if (TYPE_LIST.matcher(text).find()) {
            wrong.add(from + " uses a list of types (OpenAPI 3.1), which the gate cannot compare");
            return null;
        }
        Matcher version = VERSION_LINE.matcher(text);
        String asThreeZero = version.replaceFirst("openapi: 3.0.3");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(asThreeZero, null, options);
        if (result.getOpenAPI() == null) {
            wrong.add(from + " cannot be read: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            return "(the list of changes could not be written: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

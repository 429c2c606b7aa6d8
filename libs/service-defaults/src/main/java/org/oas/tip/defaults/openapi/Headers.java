package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HTTP headers of the contract: typed response headers, ETag where versions travel, If-Match where required. */
final class Headers {

    static final String ETAG = "ETag";
    static final String IF_MATCH = "If-Match";

    private Headers() {
    }

    /**
     * Gives every header of a response a schema, and adds the ones its status implies: Retry-After on 429 and 503, ETag
     * on 304 and 412 (the current version). Location is not added to 201s: not every create sends it, so only the
     * operations that declare it document it. A response that is a reference is left as it is.
     */
    static void typed(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, header) -> {
                if (header != null && header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(schemaOf(name));
                }
            });
        }
        switch (status) {
            case "429", "503" -> {
                if (!has(response, "Retry-After")) {
                    response.addHeader("Retry-After", ProblemComponents.retryAfter());
                }
            }
            case "304" -> addIfAbsent(response, ETAG, "The version of the resource, unchanged");
            case "412" -> addIfAbsent(response, ETAG, "The current version of the resource: read it again, then retry");
            default -> {
            }
        }
    }

    /**
     * ETag on the 2xx answers of every operation that takes If-Match (it answers the new version), and on the 200 of the
     * GET where a client reads the version it sends: the same path, or the nearest enclosing one that has a GET.
     */
    static void etags(Map<String, PathItem> paths) {
        paths.forEach((path, item) -> {
            for (Operation operation : ContractFilter.operations(item)) {
                if (ifMatch(operation) == null) {
                    continue;
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((status, response) -> {
                        if (status.startsWith("2") && response.getRef() == null) {
                            addIfAbsent(response, ETAG, "The new version of the resource; send it in If-Match to change it again");
                        }
                    });
                }
                APIResponse read = readOf(paths, path);
                if (read != null) {
                    addIfAbsent(read, ETAG, "The version of the resource; send it in If-Match to change it");
                }
            }
        });
    }

    /** Where an operation answers 428, If-Match is required: made so, or added if the operation does not name it. */
    static void requireIfMatch(Operation operation) {
        Parameter ifMatch = ifMatch(operation);
        if (ifMatch == null) {
            ifMatch = OASFactory.createParameter().name(IF_MATCH).in(Parameter.In.HEADER)
                    .description("The ETag of the version you are changing, as you read it")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING));
            List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
            parameters.add(ifMatch);
            operation.setParameters(parameters);
        }
        ifMatch.setRequired(true);
    }

    private static APIResponse readOf(Map<String, PathItem> paths, String path) {
        for (String candidate = path; !candidate.isEmpty(); candidate = candidate.substring(0, Math.max(0, candidate.lastIndexOf('/')))) {
            PathItem item = paths.get(candidate);
            if (item != null && item.getGET() != null) {
                var responses = item.getGET().getResponses();
                APIResponse ok = responses == null || responses.getAPIResponses() == null ? null : responses.getAPIResponses().get("200");
                return ok == null || ok.getRef() != null ? null : ok;
            }
        }
        return null;
    }

    private static Parameter ifMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void addIfAbsent(APIResponse response, String name, String description) {
        if (!has(response, name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(schemaOf(name)));
        }
    }

    private static boolean has(APIResponse response, String name) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static Schema schemaOf(String header) {
        return switch (header.toLowerCase(java.util.Locale.ROOT)) {
            case "retry-after" -> OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO);
            case "location" -> OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference");
            default -> OASFactory.createSchema().addType(SchemaType.STRING);
        };
    }
}

package org.oas.tip.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One operation of a committed OpenAPI document: method, path template, declared parameters, request body schema and
 * the roles it asks for; {@link #read} lists them all with every {@code $ref} resolvable through {@link #resolve}.
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                           String bodyMediaType, List<String> roles, List<String> produces, JsonNode document) {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /** A declared parameter: where it goes ({@code path}, {@code query}, {@code header}), its name and schema. */
    public record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** "PUT /api/x/{id}": how the campaign names the operation. */
    public String key() {
        return method + " " + path;
    }

    public boolean hasBody() {
        return bodySchema != null;
    }

    public boolean declaresHeader(String name) {
        return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name));
    }

    /** Follows {@code $ref}s (local ones) until a schema with content. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 20 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
            if (current instanceof MissingNode) {
                return null;
            }
        }
        return current;
    }

    /** Every operation of the document at {@code file}, in document order. */
    public static List<ApiOperation> read(Path file) throws IOException {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(p.path("in").asText(), p.path("name").asText(),
                            p.path("required").asBoolean(false), p.path("schema")));
                }
                JsonNode bodySchema = null;
                String mediaType = null;
                Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    mediaType = first.getKey();
                    bodySchema = first.getValue().path("schema");
                }
                // the roles are in x-required-roles (the contract filter of service-defaults moves them there); older
                // documents name them as the scopes of the security requirement
                List<String> roles = new ArrayList<>();
                op.path("x-required-roles").forEach(r -> roles.add(r.asText()));
                for (JsonNode requirement : op.path("security")) {
                    requirement.fields().forEachRemaining(e -> e.getValue().forEach(r -> {
                        if (!roles.contains(r.asText())) {
                            roles.add(r.asText());
                        }
                    }));
                }
                List<String> produces = new ArrayList<>();
                op.path("responses").forEach(r -> r.path("content").fieldNames().forEachRemaining(produces::add));
                operations.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), parameters, bodySchema,
                        mediaType, roles, produces, document));
            }
        }
        return operations;
    }
}

package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Visits every schema of a document once, wherever it sits (components, parameters, bodies, responses, headers). */
final class SchemaWalk {

    private final Consumer<Schema> visitor;
    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaWalk(Consumer<Schema> visitor) {
        this.visitor = visitor;
    }

    static void each(OpenAPI openAPI, Consumer<Schema> visitor) {
        new SchemaWalk(visitor).document(openAPI);
    }

    /** Whether any schema of the document refers to the component schema of this name. */
    static boolean referenced(OpenAPI openAPI, String name) {
        String ref = "#/components/schemas/" + name;
        boolean[] found = {false};
        each(openAPI, schema -> found[0] |= ref.equals(schema.getRef()));
        return found[0];
    }

    private void document(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        if (components != null) {
            values(components.getSchemas()).forEach(this::schema);
            values(components.getParameters()).forEach(this::parameter);
            values(components.getRequestBodies()).forEach(this::requestBody);
            values(components.getResponses()).forEach(this::response);
            values(components.getHeaders()).forEach(this::header);
        }
        if (openAPI.getPaths() != null) {
            for (PathItem item : values(openAPI.getPaths().getPathItems())) {
                values(item.getParameters()).forEach(this::parameter);
                for (Operation operation : values(item.getOperations())) {
                    values(operation.getParameters()).forEach(this::parameter);
                    requestBody(operation.getRequestBody());
                    if (operation.getResponses() != null) {
                        values(operation.getResponses().getAPIResponses()).forEach(this::response);
                    }
                }
            }
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter != null) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }
    }

    private void requestBody(RequestBody body) {
        if (body != null) {
            content(body.getContent());
        }
    }

    private void response(APIResponse response) {
        if (response != null) {
            content(response.getContent());
            values(response.getHeaders()).forEach(this::header);
        }
    }

    private void header(Header header) {
        if (header != null) {
            schema(header.getSchema());
            content(header.getContent());
        }
    }

    private void content(Content content) {
        if (content != null) {
            for (MediaType mediaType : values(content.getMediaTypes())) {
                schema(mediaType.getSchema());
            }
        }
    }

    private void schema(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        visitor.accept(schema);
        values(schema.getProperties()).forEach(this::schema);
        values(schema.getPatternProperties()).forEach(this::schema);
        values(schema.getDependentSchemas()).forEach(this::schema);
        values(schema.getAllOf()).forEach(this::schema);
        values(schema.getAnyOf()).forEach(this::schema);
        values(schema.getOneOf()).forEach(this::schema);
        values(schema.getPrefixItems()).forEach(this::schema);
        schema(schema.getItems());
        schema(schema.getNot());
        schema(schema.getAdditionalPropertiesSchema());
        schema(schema.getContains());
        schema(schema.getPropertyNames());
        schema(schema.getIfSchema());
        schema(schema.getThenSchema());
        schema(schema.getElseSchema());
        schema(schema.getUnevaluatedItems());
        schema(schema.getUnevaluatedProperties());
    }

    private static <T> Collection<T> values(Map<?, T> map) {
        return map == null ? java.util.List.of() : map.values();
    }

    private static <T> Collection<T> values(Collection<T> list) {
        return list == null ? java.util.List.of() : list;
    }
}

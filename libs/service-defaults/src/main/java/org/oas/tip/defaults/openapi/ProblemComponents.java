package org.oas.tip.defaults.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.oas.tip.defaults.ProblemTypes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json part of every document: the {@code Problem} and {@code Violation} schemas (the {@code type} enum
 * taken from {@link ProblemTypes}) and the responses every operation may get whatever it does (401, 403, 429, 500, 503;
 * 400, 413 and 415 where it takes a body).
 */
final class ProblemComponents {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    /** What a schema of another meaning that was called {@code Problem} is renamed to, so that one name means one thing. */
    static final String RENAMED_FOREIGN_PROBLEM = "ProblemEntry";
    /** Schemas quarkus-resteasy-problem registers; our {@code Problem} replaces them, so they go where nothing uses them. */
    static final List<String> LIBRARY_PROBLEMS = List.of("HttpProblem", "HttpValidationProblem");

    /** The standard responses by status, as component names. */
    static final Map<String, String> STANDARD = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "413", "TooLarge", "415", "UnsupportedMediaType",
            "429", "TooManyRequests", "500", "InternalError", "503", "Unavailable");

    private static final Logger LOG = Logger.getLogger(ProblemComponents.class);

    private ProblemComponents() {
    }

    /** Puts the schemas and standard responses into the components, renaming a foreign {@code Problem} schema. */
    static void install(OpenAPI openAPI, boolean rateLimited) {
        Components components = openAPI.getComponents();
        Schema existing = components.getSchemas() == null ? null : components.getSchemas().get(PROBLEM);
        if (existing != null && !isOurs(existing)) {
            LOG.warnf("Schema %s of this service is renamed %s: %s is the problem+json schema. Name it with @Schema(name=...)",
                    PROBLEM, RENAMED_FOREIGN_PROBLEM, PROBLEM);
            rename(openAPI, PROBLEM, RENAMED_FOREIGN_PROBLEM);
        }
        components.addSchema(PROBLEM, problem());
        Schema violation = components.getSchemas().get(VIOLATION);
        if (violation != null && !isViolation(violation)) {
            throw new IllegalStateException("Schema " + VIOLATION + " of this service is not a problem's violation; rename it");
        }
        components.addSchema(VIOLATION, violation());
        components.addResponse(STANDARD.get("400"), response(
                "The body or a parameter is not what the operation takes; violations names each (see the README's Errors).", null));
        components.addResponse(STANDARD.get("413"), response(
                "The body is larger than the service accepts (quarkus.http.limits.max-body-size).", null));
        components.addResponse(STANDARD.get("415"), response(
                "The body has no Content-Type, or one the operation does not read.", null));
        components.addResponse(STANDARD.get("401"), response(
                "No valid bearer token: none, expired, forged, or for another audience. Get a token and retry.", null));
        components.addResponse(STANDARD.get("403"), response(
                "The token is valid but its roles (or its country) do not allow this operation.", null));
        if (rateLimited) {
            components.addResponse(STANDARD.get("429"), response(
                    "Too many requests from this client (the gateway limits each client); wait Retry-After seconds.",
                    retryAfter()));
        }
        components.addResponse(STANDARD.get("500"), response(
                "A fault of the service, never the answer to bad input; the requestId names it in the logs.", null));
        components.addResponse(STANDARD.get("503"), response(
                "The service, or one it needs, is unavailable; retry after Retry-After seconds.", retryAfter()));
    }

    /**
     * Removes the standard responses no operation refers to (a service whose operations all declare their own 401, say)
     * and the library's problem schemas when nothing refers to them.
     */
    static void removeUnused(OpenAPI openAPI, java.util.Set<String> usedResponses) {
        Components components = openAPI.getComponents();
        for (String name : STANDARD.values()) {
            if (!usedResponses.contains(name) && components.getResponses() != null) {
                components.removeResponse(name);
            }
        }
        for (String name : LIBRARY_PROBLEMS) {
            if (components.getSchemas() != null && components.getSchemas().containsKey(name)
                    && !SchemaWalk.referenced(openAPI, name)) {
                components.removeSchema(name);
            }
        }
    }

    static Schema problemRef() {
        return OASFactory.createSchema().ref(PROBLEM);
    }

    /** The Retry-After header of 429 and 503 answers. */
    static Header retryAfter() {
        return OASFactory.createHeader()
                .description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO));
    }

    static Schema problem() {
        List<Object> types = new ArrayList<>();
        for (URI type : ProblemTypes.all()) {
            types.add(type.toString());
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("What kind of error this is; a client branches on it, never on detail", "uri")
                .enumeration(types));
        properties.put("title", string("A short summary of the kind of error (the HTTP reason phrase)", null));
        properties.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .description("The HTTP status code of this answer")
                .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)));
        properties.put("detail", string("What went wrong with this request, in the API's words", null));
        properties.put("instance", string("The path of the request that failed", "uri-reference"));
        properties.put("requestId", string("The id of the request in the services' logs (X-Request-Id)", null));
        properties.put("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("Every offending field or parameter, on 400 validation problems")
                .items(OASFactory.createSchema().ref(VIOLATION)));
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details (media type application/problem+json)")
                .required(List.of("type", "title", "status"))
                .properties(properties);
    }

    static Schema violation() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string("The JSON pointer of the offending field in the body, or the parameter's name", null));
        properties.put("in", string("Where it was: body, query, path or header", null));
        properties.put("message", string("What is wrong with it", null));
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One thing wrong with a request")
                .required(List.of("field", "in", "message"))
                .properties(properties);
    }

    private static APIResponse response(String description, Header retryAfter) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(problemRef())));
        if (retryAfter != null) {
            response.addHeader("Retry-After", retryAfter);
        }
        return response;
    }

    private static Schema string(String description, String format) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).format(format);
    }

    private static boolean isOurs(Schema schema) {
        return schema.getProperties() != null && schema.getProperties().containsKey("status")
                && schema.getProperties().containsKey("type");
    }

    private static boolean isViolation(Schema schema) {
        return schema.getProperties() != null
                && List.of("field", "in", "message").containsAll(schema.getProperties().keySet());
    }

    private static void rename(OpenAPI openAPI, String from, String to) {
        Components components = openAPI.getComponents();
        components.addSchema(to, components.getSchemas().get(from));
        components.removeSchema(from);
        String oldRef = "#/components/schemas/" + from;
        SchemaWalk.each(openAPI, schema -> {
            if (oldRef.equals(schema.getRef())) {
                schema.setRef(to);
            }
        });
    }
}

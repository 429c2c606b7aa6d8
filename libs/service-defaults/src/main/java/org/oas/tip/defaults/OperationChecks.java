package org.oas.tip.defaults;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks made once the operation is known, before its parameters and body are read: a query parameter the operation
 * does not take is a 400 {@link ProblemTypes#UNKNOWN_PARAMETER} naming it and the ones it takes (a misspelt filter
 * would otherwise widen the answer silently), and a body sent without a Content-Type to an operation that reads one is
 * a 415. The query parameters every service names alike are checked here too: {@code country} is an ISO 3166-1
 * alpha-3 code, {@code cycle} a cycle code ({@link CycleCodes}), so a filter that can match nothing is a 400, not an
 * empty list.
 */
public class OperationChecks {

    private static final java.util.regex.Pattern COUNTRY = java.util.regex.Pattern.compile("[A-Za-z]{3}");

    private final Map<Method, Operation> operations = new ConcurrentHashMap<>();

    /** What an operation takes: its query parameter names, and whether it reads a body. */
    record Operation(Set<String> query, boolean body) {
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Operation operation = operations.computeIfAbsent(method, OperationChecks::describe);
        List<String> unknown = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!operation.query().contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw Problems.unknownParameters(unknown, operation.query().isEmpty() ? " (it takes none)"
                    : " (it takes " + String.join(", ", operation.query()) + ")");
        }
        for (String value : request.getUriInfo().getQueryParameters().getOrDefault("country", List.of())) {
            if (!COUNTRY.matcher(value).matches()) {
                throw Problems.invalidParameter("country", "query", "must be an ISO 3166-1 alpha-3 code such as ARG");
            }
        }
        for (String value : request.getUriInfo().getQueryParameters().getOrDefault("cycle", List.of())) {
            if (!CycleCodes.valid(value)) {
                throw Problems.invalidParameter("cycle", "query", CycleCodes.RULE);
            }
        }
        if (operation.body() && hasBody(request)) {
            String contentType = request.getHeaderString("Content-Type");
            if (contentType == null) {
                throw Problems.of(415, "This operation takes a JSON body: send Content-Type: application/json");
            }
            try {
                jakarta.ws.rs.core.MediaType.valueOf(contentType);
            } catch (IllegalArgumentException unreadable) {
                throw Problems.of(415, "The Content-Type is not a media type (type/subtype); this operation takes application/json");
            }
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.equals("0"));
    }

    static Operation describe(Method method) {
        Set<String> query = new TreeSet<>();
        boolean body = false;
        for (Parameter parameter : method.getParameters()) {
            QueryParam q = parameter.getAnnotation(QueryParam.class);
            RestQuery rq = parameter.getAnnotation(RestQuery.class);
            if (q != null) {
                query.add(q.value());
            } else if (rq != null) {
                query.add(rq.value().isEmpty() ? parameter.getName() : rq.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class) || isBeanParamType(parameter.getType())) {
                query.addAll(beanQueryParams(parameter.getType()));
            } else if (!bound(parameter)) {
                body = true;
            }
        }
        return new Operation(Set.copyOf(query), body);
    }

    private static boolean isBeanParamType(Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(QueryParam.class) || field.isAnnotationPresent(RestQuery.class)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> beanQueryParams(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam q = field.getAnnotation(QueryParam.class);
                RestQuery rq = field.getAnnotation(RestQuery.class);
                if (q != null) {
                    names.add(q.value());
                } else if (rq != null) {
                    names.add(rq.value().isEmpty() ? field.getName() : rq.value());
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    names.addAll(beanQueryParams(field.getType()));
                }
            }
            for (Method setter : c.getDeclaredMethods()) {
                QueryParam q = setter.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
            }
        }
        return names;
    }

    /** Whether a parameter is bound to something other than the body (an annotation of JAX-RS or Quarkus REST, or a context type). */
    private static boolean bound(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return true;
            }
        }
        String type = parameter.getType().getName();
        return type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.") || type.startsWith("org.jboss.resteasy.reactive.")
                || type.startsWith("io.quarkus.");
    }
}

package org.oas.tip.defaults;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Reads whole-number and boolean parameters exactly as written, and answers 400 naming the parameter when it cannot:
 * {@code limit=abc} or {@code limit=2147483648} is "must be a whole number from ... to ...", {@code active=maybe} is
 * "must be true or false" (JAX-RS would answer 404, or read it as false).
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        String in = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                name = q.value();
                in = "query";
            } else if (annotation instanceof PathParam p) {
                name = p.value();
                in = "path";
            } else if (annotation instanceof HeaderParam h) {
                name = h.value();
                in = "header";
            }
        }
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, in, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                    Integer::valueOf, rawType.isPrimitive() ? 0 : null);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, in, "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                    Long::valueOf, rawType.isPrimitive() ? 0L : null);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, in, "must be true or false", value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(value);
            }, rawType.isPrimitive() ? Boolean.FALSE : null);
        }
        return null;
    }

    /** @param whenAbsent what an absent parameter is (a primitive's zero, as JAX-RS gives it) */
    private static <V> ParamConverter<V> converter(String name, String in, String rule, Function<String, V> parse, V whenAbsent) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return whenAbsent;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException e) {
                    throw new ParameterProblem(Problems.invalidParameter(name, in, rule));
                }
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }
}

package org.oas.tip.registry.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * JSON Schema of a request record, read from its components' types and Bean Validation constraints, so the published
 * rules follow the records the registry reads: a new field or enum code shows in the schema without a second edit.
 * Each schema carries the registry's messages under {@code message} (per keyword; {@code required} per property).
 * Optional fields also take {@code null}, as the registry reads null as absent.
 */
final class PropertySchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PropertySchemas() {
    }

    /** The schema of a record: its components as properties, nothing else allowed. */
    static ObjectNode object(Class<?> record, String name, boolean nullable) {
        if (!record.isRecord()) {
            throw new IllegalStateException(record + " is not a record");
        }
        ObjectNode schema = NODES.objectNode();
        schema.set("type", nullable ? types("object", "null") : NODES.textNode("object"));
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        ObjectNode requiredMessages = NODES.objectNode();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean mandatory = annotation(component, NotNull.class) != null || annotation(component, NotBlank.class) != null;
            properties.set(component.getName(), property(component, mandatory));
            if (mandatory) {
                required.add(component.getName());
                requiredMessages.put(component.getName(), annotation(component, NotBlank.class) != null
                        ? "must not be blank" : "must not be null");
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        ObjectNode message = schema.putObject("message");
        message.put("type", "must be an object");
        message.put("additionalProperties", "is not a field of " + name);
        if (!required.isEmpty()) {
            message.set("required", requiredMessages);
        }
        return schema;
    }

    /** An enumeration's codes, and null when optional. */
    static ObjectNode enumeration(Class<?> type, boolean mandatory) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode values = schema.putArray("enum");
        Object[] constants = type.getEnumConstants();
        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).forEach(values::add);
        if (!mandatory) {
            values.addNull();
        }
        schema.putObject("message").put("enum", "must be one of " + Arrays.stream(constants)
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        return schema;
    }

    static ArrayNode types(String... names) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(names).forEach(array::add);
        return array;
    }

    private static ObjectNode property(RecordComponent component, boolean mandatory) {
        Class<?> type = component.getType();
        ObjectNode schema;
        if (type == String.class) {
            schema = string(component, mandatory);
        } else if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            schema = integer(component, mandatory);
        } else if (type == Boolean.class || type == boolean.class) {
            schema = typed(mandatory, "boolean", "must be true or false");
        } else if (type.isEnum()) {
            schema = enumeration(type, mandatory);
        } else if (Collection.class.isAssignableFrom(type)) {
            schema = typed(mandatory, "array", "must be a list");
            schema.set("items", element(component));
        } else if (type.isRecord()) {
            schema = object(type, component.getName(), !mandatory);
        } else if (type == LocalDate.class) {
            schema = typed(mandatory, "string", "must be a date such as 2025-06-30");
            schema.put("pattern", Patterns.anchored("[0-9]{4}-[0-9]{2}-[0-9]{2}"));
            ((ObjectNode) schema.get("message")).put("pattern", "must be a date such as 2025-06-30");
        } else if (type == OffsetDateTime.class || type == Instant.class) {
            schema = typed(mandatory, "string", "must be an instant such as 2025-06-30T12:00:00Z");
        } else {
            throw new IllegalStateException("no JSON Schema for " + type.getName() + " of " + component);
        }
        Schema doc = annotation(component, Schema.class);
        if (doc != null && !doc.description().isBlank()) {
            ObjectNode described = NODES.objectNode().put("description", doc.description());
            described.setAll(schema);
            return described;
        }
        return schema;
    }

    private static ObjectNode element(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            if (item.isEnum()) {
                return enumeration(item, true);
            }
            if (item.isRecord()) {
                return object(item, component.getName(), false);
            }
            if (item == String.class) {
                return typed(true, "string", "must be a text");
            }
        }
        throw new IllegalStateException("no JSON Schema for the elements of " + component);
    }

    private static ObjectNode string(RecordComponent component, boolean mandatory) {
        ObjectNode schema = typed(mandatory, "string", "must be a text");
        ObjectNode message = (ObjectNode) schema.get("message");
        Size size = annotation(component, Size.class);
        if (size != null && size.max() < Integer.MAX_VALUE) {
            schema.put("maxLength", size.max());
            message.put("maxLength", "must be at most " + size.max() + " characters");
        }
        Pattern pattern = annotation(component, Pattern.class);
        String patternMessage = pattern == null ? null
                : pattern.message().startsWith("{") ? "must match " + pattern.regexp() : pattern.message();
        if (annotation(component, NotBlank.class) != null) {
            schema.put("pattern", Patterns.notBlank());
            message.put("pattern", "must not be blank");
            if (pattern != null) {
                ObjectNode also = schema.putArray("allOf").addObject().put("pattern", Patterns.anchored(pattern.regexp()));
                also.putObject("message").put("pattern", patternMessage);
            }
        } else if (pattern != null) {
            schema.put("pattern", Patterns.anchored(pattern.regexp()));
            message.put("pattern", patternMessage);
        }
        return schema;
    }

    private static ObjectNode integer(RecordComponent component, boolean mandatory) {
        ObjectNode schema = typed(mandatory, "integer", "must be a whole number");
        Min min = annotation(component, Min.class);
        Max max = annotation(component, Max.class);
        Long lowest = min != null ? Long.valueOf(min.value()) : annotation(component, PositiveOrZero.class) != null ? Long.valueOf(0) : null;
        Long highest = max == null ? null : max.value();
        String range = lowest != null && highest != null ? "must be between " + lowest + " and " + highest
                : lowest != null ? "must be greater than or equal to " + lowest
                : highest != null ? "must be less than or equal to " + highest : null;
        ObjectNode message = (ObjectNode) schema.get("message");
        if (lowest != null) {
            schema.put("minimum", lowest);
            message.put("minimum", range);
        }
        if (highest != null) {
            schema.put("maximum", highest);
            message.put("maximum", range);
        }
        return schema;
    }

    private static ObjectNode typed(boolean mandatory, String type, String message) {
        ObjectNode schema = NODES.objectNode();
        schema.set("type", mandatory ? NODES.textNode(type) : types(type, "null"));
        schema.putObject("message").put("type", message);
        return schema;
    }

    /** A constraint on a record component: it is on the accessor or the field, depending on the annotation's targets. */
    static <A extends Annotation> A annotation(RecordComponent component, Class<A> type) {
        A found = component.getAccessor().getAnnotation(type);
        if (found == null) {
            try {
                found = component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return found != null ? found : component.getAnnotation(type);
    }
}

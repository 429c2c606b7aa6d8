package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies strictly, so nothing reaches a service that the caller did not write: a duplicated key, data
 * after the document, a value of another JSON type (a number for a string, a float for an integer, "" for an enum or a
 * number, an integer for a date), a number a 64-bit float cannot hold ({@code 1e400}) or an integer beyond 64 bits in
 * a JSON tree, and strings or keys with control characters ({@link Text}) are refused, never coerced, trimmed or
 * repaired. {@link JsonProblems} words the refusal.
 * <p>
 * These rules are for what callers send, so they apply to request bodies only: the server's JSON reader takes this
 * copy of the application's mapper. The application's own mapper (REST clients reading another service's answers,
 * stored JSON, conversions inside a service) is left as it was.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    @Inject
    public StrictJson(ObjectMapper application) {
        this.strict = configure(application.copy());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** Makes {@code mapper} read as strictly as described above, and returns it. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES);
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean,
                    CoercionInputShape.String, CoercionInputShape.EmptyString)) {
                if (type == LogicalType.Float && shape == CoercionInputShape.Integer) {
                    continue; // JSON has one number type: 2012 is a fine value for a decimal field
                }
                mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        SimpleModule module = new SimpleModule("tip-strict-json");
        module.addDeserializer(String.class, new Strings());
        module.addKeyDeserializer(String.class, new Keys());
        module.addDeserializer(JsonNode.class, new Trees<>(JsonNode.class));
        module.addDeserializer(ObjectNode.class, new Trees<>(ObjectNode.class));
        module.addDeserializer(ArrayNode.class, new Trees<>(ArrayNode.class));
        module.addDeserializer(Double.class, new Doubles(Double.class, null));
        module.addDeserializer(Double.TYPE, new Doubles(Double.TYPE, 0.0));
        module.addDeserializer(Float.class, new Floats(Float.class, null));
        module.addDeserializer(Float.TYPE, new Floats(Float.TYPE, 0.0f));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                return new ExactEnums(deserializer, type.getRawClass());
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> raw = description.getBeanClass();
                // java.time readers trim the text first, so "2025-06-30\u0000" would read as a date
                return raw.getPackageName().equals("java.time") ? new ExactEnums(deserializer, raw) : deserializer;
            }
        });
        mapper.registerModule(module);
        return mapper;
    }

    /** A value refused by these rules, with the pointer inside the value and the problem's wording. */
    public static final class Refused extends MismatchedInputException {

        private final String inner;
        private final String rule;
        private final URI type;

        Refused(JsonParser parser, Class<?> target, String inner, String rule, URI type) {
            super(parser, rule, parser == null ? null : parser.currentLocation());
            _targetType = target;
            this.inner = inner;
            this.rule = rule;
            this.type = type;
        }

        HttpProblem problem(String pointer) {
            return Problems.invalid(type, List.of(Violation.body(pointer + inner, rule)));
        }
    }

    private static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (!Text.allowed(value)) {
                throw new Refused(parser, String.class, "", Text.RULE, ProblemTypes.VALIDATION);
            }
            return value;
        }
    }

    /**
     * Jackson trims an enum value it does not know before looking again (so {@code "CARIBBEAN\u0000"} read as
     * CARIBBEAN), and java.time values are trimmed before parsing: a value with anything around it is refused before
     * it gets there.
     */
    private static final class ExactEnums extends com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer {

        private final Class<?> type;

        ExactEnums(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnums(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (text.isEmpty() || !text.equals(text.strip()) || !Text.allowed(text)) {
                    throw new Refused(parser, type, "", JsonProblems.mustBe(type), ProblemTypes.VALIDATION);
                }
            }
            return _delegatee.deserialize(parser, context);
        }
    }

    private static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!Text.allowed(key)) {
                throw new Refused(context.getParser(), String.class, "/" + JsonProblems.escape(Text.visible(key)), "is a key that " + Text.RULE,
                        ProblemTypes.VALIDATION);
            }
            return key;
        }
    }

    private static final class Trees<T extends JsonNode> extends StdScalarDeserializer<T> {

        Trees(Class<T> type) {
            super(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonDeserializer<? extends JsonNode> tree = JsonNodeDeserializer.getDeserializer(handledType());
            T node = (T) tree.deserialize(parser, context);
            check(parser, node, "");
            return node;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext context) {
            return (T) (handledType() == JsonNode.class ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null; // an absent field is null, as Jackson's own tree reader has it; only an explicit null is NullNode
        }

        private void check(JsonParser parser, JsonNode node, String at) throws Refused {
            if (node.isTextual() && !Text.allowed(node.textValue())) {
                throw new Refused(parser, String.class, at, Text.RULE, ProblemTypes.VALIDATION);
            }
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                throw new Refused(parser, Double.class, at, "must be a number from -1.7976931348623157e308 to 1.7976931348623157e308",
                        ProblemTypes.VALIDATION);
            }
            if (node.isBigInteger() && node.bigIntegerValue().bitLength() > 63) {
                throw new Refused(parser, Long.class, at, "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE,
                        ProblemTypes.VALIDATION);
            }
            if (node.isBigDecimal() && !Double.isFinite(node.decimalValue().doubleValue())) {
                throw new Refused(parser, Double.class, at, "must be a number from -1.7976931348623157e308 to 1.7976931348623157e308",
                        ProblemTypes.VALIDATION);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(parser, node.get(i), at + "/" + i);
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String name = JsonProblems.escape(Text.visible(field.getKey()));
                    if (!Text.allowed(field.getKey())) {
                        throw new Refused(parser, String.class, at + "/" + name, "is a key that " + Text.RULE, ProblemTypes.VALIDATION);
                    }
                    check(parser, field.getValue(), at + "/" + name);
                }
            }
        }
    }

    private static final class Doubles extends NumberDeserializers.DoubleDeserializer {

        Doubles(Class<Double> type, Double whenNull) {
            super(type, whenNull);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new Refused(parser, Double.class, "", "must be a number from -1.7976931348623157e308 to 1.7976931348623157e308",
                        ProblemTypes.VALIDATION);
            }
            return value;
        }
    }

    private static final class Floats extends NumberDeserializers.FloatDeserializer {

        Floats(Class<Float> type, Float whenNull) {
            super(type, whenNull);
        }

        @Override
        public Float deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Float value = super.deserialize(parser, context);
            if (value != null && !Float.isFinite(value)) {
                throw new Refused(parser, Float.class, "", "must be a number from -3.4028235e38 to 3.4028235e38", ProblemTypes.VALIDATION);
            }
            return value;
        }
    }

}

package org.oas.tip.testing.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every hostile input the campaign knows for one operation: malformed and mistyped bodies (per property of the
 * schema, wherever it sits in the body), bad bytes and characters in path, query, header and body, bad and huge
 * values for every declared parameter, unknown parameters and bad headers. Each starts from a valid request (sample
 * path values, required query parameters, a valid body) and breaks one thing, so the refusal, if any, is about it.
 */
public final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings an attacker tries in free text; they may be legal values and need not be refused. */
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; DROP TABLE x; --", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "../../../../etc/passwd", "%s%s%n", "{{7*7}}", "\\u0000", "é ü 中文 🙂",
            "' UNION SELECT version() --");
    /** Text with a C0 control character, which no string of this API may hold. */
    static final List<String> CONTROL = List.of("\u0000", "x\u0000", "\u0001\u0002", "x\u001b[31m", "\u0000\u0001 ");

    /**
     * Control bytes inside a header: Vert.x's HTTP parser answers them (400, no body) before any route runs, which
     * issue 12 lets stay as a known exception listed in the README; they must still never get a 5xx.
     */
    public static final String FRAMING = "header-framing";

    private final ApiOperation op;
    private final BiFunction<ApiOperation, String, String> pathValue;
    private final String validBody;

    /**
     * @param pathValue the sample value of a path parameter (an existing resource where there is one)
     * @param validBody a body the operation accepts (null: derived from the schema's examples)
     */
    public HostileInputs(ApiOperation op, BiFunction<ApiOperation, String, String> pathValue, String validBody) {
        this.op = op;
        this.pathValue = pathValue;
        this.validBody = validBody != null ? validBody : op.hasBody() ? sample(op.bodySchema(), 0).toString() : null;
    }

    public String validBody() {
        return validBody;
    }

    /** Every case, grouped by kind (kind -> cases), in a fixed order. */
    public Map<String, List<HostileCase>> all() {
        Map<String, List<HostileCase>> byKind = new LinkedHashMap<>();
        for (HostileCase c : generate()) {
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        return byKind;
    }

    private List<HostileCase> generate() {
        List<HostileCase> cases = new ArrayList<>();
        pathCases(cases);
        queryCases(cases);
        headerCases(cases);
        if (op.hasBody()) {
            bodyCases(cases);
        }
        return cases;
    }

    // ---- path and query

    private void pathCases(List<HostileCase> cases) {
        for (ApiOperation.Parameter p : op.parameters()) {
            if (!p.in().equals("path")) {
                continue;
            }
            String type = type(p.schema());
            Map<String, Boolean> raw = new LinkedHashMap<>();   // raw encoded value -> must be refused
            raw.put("%00", true);
            raw.put(pct("x\u0001"), true);
            raw.put("%FF", true);
            raw.put("%C3%28", true);
            raw.put("%E0%80%AF", true);  // overlong '/'
            raw.put("%zz", true);
            raw.put("%", true);
            raw.put(pct("\u0000" + sampleParam(p)), true);
            raw.put(pct(sampleParam(p) + "\u0000"), true);
            raw.put(pct(" "), false);
            raw.put("..%2F..%2F", false);
            raw.put(pct("x".repeat(3000)), false);
            for (String s : INJECTIONS) {
                raw.put(pct(s), false);
            }
            if (type.equals("integer")) {
                for (String v : List.of("abc", "1.5", "-1", "0", "2147483648", "9223372036854775808", "99999999999999999999999", "1e400", "0x10")) {
                    raw.put(pct(v), !v.equals("0") && !v.equals("-1"));
                }
            }
            raw.forEach((value, must) -> cases.add(request("path", p.name() + "=" + value,
                    target(Map.of(p.name(), value), List.of()), validBody(), must)));
        }
    }

    private void queryCases(List<HostileCase> cases) {
        for (ApiOperation.Parameter p : op.parameters()) {
            if (!p.in().equals("query")) {
                continue;
            }
            JsonNode schema = op.resolve(p.schema());
            String type = type(schema);
            Map<String, Boolean> raw = new LinkedHashMap<>();
            raw.put("%00", true);
            raw.put(pct("a\u0001"), true);
            raw.put("%FF%FE", true);
            raw.put("%zz", true);
            raw.put(pct("x".repeat(5000)), !type.equals("string") || schema.has("enum") || schema.has("maxLength"));
            raw.put("", false);
            for (String s : INJECTIONS.subList(0, 5)) {
                raw.put(pct(s), !type.equals("string") || schema.has("enum"));
            }
            switch (type) {
                case "integer" -> {
                    for (String v : List.of("abc", "1.5", "2147483648", "-2147483649", "9223372036854775808", "1e3", " 1", "1 ")) {
                        raw.put(pct(v), true);
                    }
                    raw.put("-1", schema != null && schema.has("minimum"));
                }
                case "boolean" -> {
                    for (String v : List.of("maybe", "yes", "1", "TRUE ", "tru")) {
                        raw.put(pct(v), true);
                    }
                }
                default -> {
                    if (schema != null && schema.has("enum")) {
                        String first = schema.get("enum").get(0).asText();
                        raw.put(pct(first + " "), true);
                        if (!first.toLowerCase().equals(first)) { // an enum of lower-case values takes its first one as it is
                            raw.put(pct(first.toLowerCase()), true);
                        }
                        raw.put(pct(first + "\u0000"), true);
                        raw.put("NOT_A_VALUE", true);
                    }
                    if ("date".equals(schema == null ? null : schema.path("format").asText())) {
                        for (String v : List.of("2017-02-30", "20170101", "+999999999-01-01", "yesterday")) {
                            raw.put(pct(v), true);
                        }
                    }
                }
            }
            raw.forEach((value, must) -> cases.add(request("query", p.name() + "=" + value,
                    target(Map.of(), List.of(p.name() + "=" + value)), validBody(), must)));
            // the same parameter twice with different values
            cases.add(request("query", p.name() + " twice", target(Map.of(), List.of(p.name() + "=" + pct(sampleParam(p)),
                    p.name() + "=%00")), validBody(), false));
        }
        cases.add(request("unknown-parameter", "zz_unknown=1", target(Map.of(), List.of("zz_unknown=1")), validBody(), true));
        cases.add(request("unknown-parameter", "LIMIT=5", target(Map.of(), List.of("LIMIT=5")), validBody(), true));
        // beyond what the HTTP server takes by default (4096 bytes of request line); a service may allow more, but a
        // refusal must have the problem shape (414 from the application, issue 12)
        cases.add(request("uri-too-long", "10000 chars of query", target(Map.of(), List.of("zz=" + "x".repeat(10_000))), validBody(), false));
        cases.add(request("unknown-parameter", "%00=1", target(Map.of(), List.of("%00=1")), validBody(), true));
    }

    // ---- headers

    private void headerCases(List<HostileCase> cases) {
        byte[] target = target(Map.of(), List.of());
        byte[] body = bytes(validBody);
        String ct = op.hasBody() ? mediaType() : null;
        for (String accept : List.of("application/xml", "image/png", "garbage", "text/html;q=x")) {
            cases.add(new HostileCase("header-accept", "Accept: " + accept, target, body, ct,
                    List.of(RawHttp.Header.of("Accept", accept)), null, false));
        }
        cases.add(new HostileCase(FRAMING, "X-Request-Id: NUL", target, body, ct,
                List.of(new RawHttp.Header("X-Request-Id", new byte[]{'a', 0, 'b'})), null, false));
        cases.add(new HostileCase("header-control", "X-Request-Id: invalid UTF-8", target, body, ct,
                List.of(new RawHttp.Header("X-Request-Id", new byte[]{'a', (byte) 0xff, (byte) 0xfe})), null, false));
        cases.add(new HostileCase("header-control", "X-Request-Id: 6000 chars", target, body, ct,
                List.of(RawHttp.Header.of("X-Request-Id", "r".repeat(6000))), null, false));
        cases.add(new HostileCase("headers-too-large", "X-Pad: 20000 chars", target, body, ct,
                List.of(RawHttp.Header.of("X-Pad", "p".repeat(20_000))), null, false));
        cases.add(new HostileCase("header-auth", "Authorization: Bearer garbage", target, body, ct,
                List.of(RawHttp.Header.of("Authorization", "Bearer not.a.token")), null, true));
        if (op.hasBody()) {
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "garbage")) {
                cases.add(new HostileCase("header-content-type", "Content-Type: " + type, target, body, type, List.of(),
                        null, true));
            }
            cases.add(new HostileCase("header-content-type", "no Content-Type", target, body, null, List.of(), null, true));
            // UTF-8 bytes declared as UTF-16: whether the server honours or refuses the charset, it may not fail
            cases.add(new HostileCase("header-content-type", "Content-Type: application/json; charset=utf-16", target, body,
                    "application/json; charset=utf-16", List.of(), null, false));
        }
        if (op.declaresHeader("If-Match")) {
            for (String etag : List.of("W/\"0\"", "W/\"1\"", "junk", "\"\"", "\"abc\"", "\"99999999999999999999999\"",
                    "\"-1\"", "\"0\" junk", "")) {
                cases.add(new HostileCase("header-if-match", "If-Match: " + (etag.isEmpty() ? "(none)" : etag), target, body, ct,
                        List.of(), etag, true));
            }
            cases.add(new HostileCase(FRAMING, "If-Match: NUL", target, body, ct, List.of(), "\"0\u0000\"", true));
        }
        if (op.declaresHeader("Idempotency-Key")) {
            cases.add(new HostileCase("header-idempotency-key", "Idempotency-Key: (empty)", target, body, ct,
                    List.of(RawHttp.Header.of("Idempotency-Key", "")), null, true));
            cases.add(new HostileCase("header-idempotency-key", "Idempotency-Key: 5000 chars", target, body, ct,
                    List.of(RawHttp.Header.of("Idempotency-Key", "k".repeat(5000))), null, false));
            cases.add(new HostileCase(FRAMING, "Idempotency-Key: control", target, body, ct,
                    List.of(new RawHttp.Header("Idempotency-Key", new byte[]{'k', 1, 'k'})), null, true));
        }
    }

    // ---- bodies

    private void bodyCases(List<HostileCase> cases) {
        JsonNode schema = op.resolve(op.bodySchema());
        boolean objectBody = schema != null && ("object".equals(schema.path("type").asText()) || schema.has("properties"));
        Map<String, Boolean> whole = new LinkedHashMap<>();
        whole.put("", true);
        whole.put("null", objectBody);
        whole.put("[]", objectBody);
        whole.put("42", objectBody);
        whole.put("\"text\"", objectBody);
        whole.put("true", objectBody);
        whole.put("{\"broken\": ", true);
        whole.put("not json", true);
        whole.put("<a/>", true);
        whole.put(validBody + " x", true);
        whole.put(validBody + "{}", true);
        whole.put(validBody + validBody, true);
        whole.put("{", true);
        whole.put("{'a': 1}", true);
        whole.put("{\"a\": NaN}", true);
        whole.put("[".repeat(5000) + "]".repeat(5000), true);
        whole.put("{\"a\":".repeat(3000) + "1" + "}".repeat(3000), true);
        whole.forEach((body, must) -> cases.add(bodyCase("body-malformed", abbreviate(body), bytes(body), must)));
        // a BOM, and bytes that are not UTF-8 between structural tokens
        cases.add(bodyCase("body-bad-bytes", "BOM + body", concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(validBody)), false));
        cases.add(bodyCase("body-bad-bytes", "0xFF before body", concat(new byte[]{(byte) 0xff}, bytes(validBody)), true));
        cases.add(bodyCase("body-bad-bytes", "NUL after body", concat(bytes(validBody), new byte[]{0}), true));

        JsonNode valid;
        try {
            valid = JSON.readTree(validBody);
        } catch (Exception e) {
            return;
        }
        if (valid instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            String inner = validBody.trim().substring(1);
            cases.add(bodyCase("body-duplicate-key", "\"" + first + "\" twice",
                    bytes("{\"" + first + "\": " + JSON.valueToTree(object.get(first)) + "," + inner), true));
            cases.add(bodyCase("body-duplicate-key", "\"" + first + "\" twice, other value",
                    bytes("{\"" + first + "\": 12," + inner), true));
            ObjectNode unknown = object.deepCopy();
            unknown.put("zzUnknown", 1);
            cases.add(bodyCase("body-unknown-field", "/zzUnknown", bytes(unknown.toString()), false));
        }
        for (Map.Entry<JsonPointer, JsonNode> leaf : leaves(valid, JsonPointer.empty(), schema).entrySet()) {
            leafCases(cases, valid, leaf.getKey(), leaf.getValue());
        }
    }

    /** Every value in the body (objects and arrays too) with its schema, null where the schema does not say. */
    private Map<JsonPointer, JsonNode> leaves(JsonNode node, JsonPointer at, JsonNode schema) {
        Map<JsonPointer, JsonNode> out = new LinkedHashMap<>();
        if (!at.matches()) {
            out.put(at, schema);
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode childSchema = null;
                if (schema != null) {
                    if (schema.path("properties").has(f.getKey())) {
                        childSchema = op.resolve(schema.path("properties").get(f.getKey()));
                    } else if (schema.path("additionalProperties").isObject()) {
                        childSchema = op.resolve(schema.get("additionalProperties"));
                    }
                }
                out.putAll(leaves(f.getValue(), at.appendProperty(f.getKey()), childSchema));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            JsonNode items = schema == null ? null : op.resolve(schema.get("items"));
            out.putAll(leaves(node.get(0), at.appendIndex(0), items));
        }
        return out;
    }

    private void leafCases(List<HostileCase> cases, JsonNode valid, JsonPointer at, JsonNode schema) {
        JsonNode current = valid.at(at);
        String type = schema != null ? type(schema) : current.isTextual() ? "?string" : current.isIntegralNumber() ? "?integer"
                : current.isNumber() ? "?number" : current.isBoolean() ? "?boolean" : current.isArray() ? "?array" : "?object";
        boolean known = !type.startsWith("?");
        String bare = type.replace("?", "");
        // a value of another JSON type
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("string", "\"12\"");
        wrong.put("integer", "12");
        wrong.put("number", "1.5");
        wrong.put("boolean", "true");
        wrong.put("array", "[\"x\"]");
        wrong.put("object", "{\"x\":1}");
        wrong.forEach((t, json) -> {
            boolean same = t.equals(bare) || (bare.equals("number") && t.equals("integer"));
            if (!same) {
                cases.add(bodyCase("body-wrong-type", at + ": " + t + " for " + bare, replace(valid, at, json), known));
            }
        });
        if (known && required(valid, at)) {
            cases.add(bodyCase("body-null-required", at + ": null", replace(valid, at, "null"), true));
        }
        switch (bare) {
            case "string" -> {
                String text = current.isTextual() ? current.asText() : "x";
                for (String c : CONTROL) {
                    cases.add(bodyCase("body-control-char", at + ": " + HostileCase.printable(bytes(c), 20),
                            replace(valid, at, JSON.valueToTree(text + c).toString()), true));
                }
                cases.add(bodyCase("body-control-char", at + ": \\u0000 escaped",
                        replace(valid, at, "\"" + text.replace("\"", "") + "\\u0000\""), true));
                cases.add(bodyCase("body-invalid-utf8", at + ": 0xC3 0x28", replaceBytes(valid, at,
                        concat(bytes("\"" + text.replace("\"", "")), new byte[]{(byte) 0xc3, 0x28, '"'})), true));
                cases.add(bodyCase("body-invalid-utf8", at + ": lone surrogate \\ud800",
                        replace(valid, at, "\"x\\ud800\""), false));
                JsonNode enumeration = schema == null ? null : schema.get("enum");
                if (enumeration != null) {
                    String first = enumeration.get(0).asText();
                    for (String v : List.of(first + " ", " " + first, first.toLowerCase(), first + "\u0000", "NOT_A_VALUE", "")) {
                        if (v.equals(first)) { // an enum of lower-case values takes its first one as it is
                            continue;
                        }
                        cases.add(bodyCase("body-enum", at + ": " + HostileCase.printable(bytes(v), 40),
                                replace(valid, at, JSON.valueToTree(v).toString()), true));
                    }
                }
                String format = schema == null ? "" : schema.path("format").asText();
                if (format.equals("date") || format.equals("date-time")) {
                    for (String v : List.of("\"2017-02-30\"", "\"+999999999-01-01\"", "\"-999999999-01-01\"", "\"20170101\"",
                            "20170101", "\"2017-01-01T00:00:00Z junk\"", "\"\"")) {
                        cases.add(bodyCase("body-date", at + ": " + v, replace(valid, at, v), true));
                    }
                }
                int max = schema != null && schema.has("maxLength") ? schema.get("maxLength").asInt() : -1;
                if (max >= 0) {
                    cases.add(bodyCase("body-too-long", at + ": " + (max + 1) + " chars",
                            replace(valid, at, "\"" + "x".repeat(max + 1) + "\""), true));
                }
                cases.add(bodyCase("body-huge-string", at + ": 200000 chars",
                        replace(valid, at, "\"" + "x".repeat(200_000) + "\""), max >= 0 && max < 200_000));
                for (String s : INJECTIONS) {
                    cases.add(bodyCase("body-injection", at + ": " + s, replace(valid, at, JSON.valueToTree(s).toString()),
                            enumeration != null));
                }
            }
            case "integer", "number" -> {
                boolean integer = bare.equals("integer");
                Map<String, Boolean> numbers = new LinkedHashMap<>();
                numbers.put("1e400", true);
                numbers.put("-1e400", true);
                numbers.put("123456789012345678901234567890", true);
                numbers.put("-9223372036854775809", true);
                numbers.put("9223372036854775808", true);
                numbers.put("2147483648", known && "int32".equals(schema.path("format").asText()));
                numbers.put("1.5", integer && known);
                numbers.put("1e2", false);
                numbers.put("-1", known && schema.has("minimum") && schema.get("minimum").asLong() >= 0);
                numbers.put("0.1e-400", false);
                numbers.put("01", true);
                numbers.put("+1", true);
                numbers.forEach((n, must) -> cases.add(bodyCase("body-number", at + ": " + n, replace(valid, at, n), must)));
            }
            case "array" -> {
                cases.add(bodyCase("body-array", at + ": 10000 items", replace(valid, at,
                        "[" + String.join(",", java.util.Collections.nCopies(10_000, current.size() > 0 ? current.get(0).toString() : "1")) + "]"),
                        false));
                cases.add(bodyCase("body-array", at + ": [null]", replace(valid, at, "[null]"), known));
                cases.add(bodyCase("body-array", at + ": nested 3000 deep", replace(valid, at, "[".repeat(3000) + "]".repeat(3000)), true));
            }
            default -> {
            }
        }
    }

    private boolean required(JsonNode valid, JsonPointer at) {
        JsonPointer parent = at.head();
        String name = at.last().getMatchingProperty();
        if (parent == null || name == null || at.last().mayMatchElement()) {
            return false;
        }
        JsonNode parentSchema = schemaAt(parent);
        if (parentSchema == null) {
            return false;
        }
        for (JsonNode r : parentSchema.path("required")) {
            if (r.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode schemaAt(JsonPointer pointer) {
        JsonNode schema = op.resolve(op.bodySchema());
        JsonPointer p = pointer;
        while (schema != null && !p.matches()) {
            String name = p.getMatchingProperty();
            if (p.mayMatchElement() && schema.has("items")) {
                schema = op.resolve(schema.get("items"));
            } else if (schema.path("properties").has(name)) {
                schema = op.resolve(schema.path("properties").get(name));
            } else if (schema.path("additionalProperties").isObject()) {
                schema = op.resolve(schema.get("additionalProperties"));
            } else {
                return null;
            }
            p = p.tail();
        }
        return schema;
    }

    // ---- building requests

    private HostileCase bodyCase(String kind, String where, byte[] body, boolean must) {
        return new HostileCase(kind, where, target(Map.of(), List.of()), body, mediaType(), List.of(), null, must);
    }

    private HostileCase request(String kind, String where, byte[] target, String body, boolean must) {
        return new HostileCase(kind, where, target, bytes(body), op.hasBody() ? mediaType() : null, List.of(), null, must);
    }

    private String mediaType() {
        return op.bodyMediaType() == null ? "application/json" : op.bodyMediaType();
    }

    /** The request target with sample path values except {@code rawPath} (already encoded), required query parameters and {@code extraQuery}. */
    byte[] target(Map<String, String> rawPath, List<String> extraQuery) {
        String path = op.path();
        for (ApiOperation.Parameter p : op.parameters()) {
            if (p.in().equals("path")) {
                String value = rawPath.containsKey(p.name()) ? rawPath.get(p.name()) : pct(pathValue.apply(op, p.name()));
                path = path.replace("{" + p.name() + "}", value);
            }
        }
        List<String> query = new ArrayList<>();
        Set<String> overridden = new HashSet<>();
        for (String q : extraQuery) {
            overridden.add(q.split("=", 2)[0]);
        }
        for (ApiOperation.Parameter p : op.parameters()) {
            if (p.in().equals("query") && p.required() && !overridden.contains(p.name())) {
                query.add(p.name() + "=" + pct(sampleParam(p)));
            }
        }
        query.addAll(extraQuery);
        return (path + (query.isEmpty() ? "" : "?" + String.join("&", query))).getBytes(StandardCharsets.ISO_8859_1);
    }

    private String sampleParam(ApiOperation.Parameter p) {
        if (p.in().equals("path")) {
            return pathValue.apply(op, p.name());
        }
        JsonNode s = sample(p.schema(), 0);
        return s.isTextual() ? s.asText() : s.toString();
    }

    /** A valid-looking value for a schema: its example, its first enum value, or a plain value of its type. */
    JsonNode sample(JsonNode schemaOrRef, int depth) {
        JsonNode schema = op.resolve(schemaOrRef);
        if (schema == null || depth > 8) {
            return NODES.textNode("x");
        }
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode first = schema.has("allOf") ? schema.get("allOf").get(0) : schema.has("oneOf") ? schema.get("oneOf").get(0) : schema.get("anyOf").get(0);
            return sample(first, depth + 1);
        }
        switch (type(schema)) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                a.add(sample(schema.get("items"), depth + 1));
                return a;
            }
            case "integer" -> {
                return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            }
            case "number" -> {
                return NODES.numberNode(1.0);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                String format = schema.path("format").asText();
                return NODES.textNode(format.equals("date") ? "2030-01-01" : format.equals("date-time") ? "2030-01-01T00:00:00Z" : "x");
            }
        }
    }

    private String type(JsonNode schemaOrRef) {
        JsonNode schema = op.resolve(schemaOrRef);
        if (schema == null) {
            return "string";
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type != null) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static byte[] replace(JsonNode valid, JsonPointer at, String json) {
        return replaceBytes(valid, at, bytes(json));
    }

    /** The body with the value at {@code at} replaced by raw bytes (which need not be valid JSON or UTF-8). */
    private static byte[] replaceBytes(JsonNode valid, JsonPointer at, byte[] raw) {
        String marker = "\"@@HOSTILE@@\"";
        JsonNode copy = valid.deepCopy();
        JsonPointer parent = at.head();
        JsonNode container = copy.at(parent);
        if (container instanceof ObjectNode o) {
            o.put(at.last().getMatchingProperty(), "@@HOSTILE@@");
        } else if (container instanceof ArrayNode a) {
            a.set(at.last().getMatchingIndex(), NODES.textNode("@@HOSTILE@@"));
        }
        String text = copy.toString();
        int i = text.indexOf(marker);
        return concat(concat(bytes(text.substring(0, i)), raw), bytes(text.substring(i + marker.length())));
    }

    static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, a.length);
        out.write(b, 0, b.length);
        return out.toByteArray();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 40) + "...(" + s.length() + " chars)" : s;
    }

    /** Percent-encodes every byte of the UTF-8 form except unreserved characters. */
    public static String pct(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}

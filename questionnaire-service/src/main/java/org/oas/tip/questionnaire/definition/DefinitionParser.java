package org.oas.tip.questionnaire.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a questionnaire definition from JSON and lists everything wrong with it, all at once.
 *
 * <p>Problems are of two weights: those that leave the definition ambiguous or impossible to validate against
 * (a duplicate linkId, an unknown type, a dangling enableWhen) make {@link Parsed#definition()} null; the others
 * (a missing English text, min above max) are listed but the definition is still returned, so an editor can show it.
 */
public final class DefinitionParser {

    /** The outcome: the definition, null when it is unusable, and every problem found. */
    public record Parsed(Definition definition, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return definition != null && problems.isEmpty();
        }
    }

    private static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    /** A questionnaire's code: what the API and the database accept (V2's check and varchar(60)). */
    public static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$";
    /** A version label: the same characters, at most 20 (V2's varchar(20)). */
    public static final String VERSION_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$";
    /** The longest English title a version keeps (V2's title_en varchar(300)). */
    public static final int TITLE_MAX = 300;
    /** The longest JSON pointer of an answer the history keeps (V2's response_change.pointer varchar(500)). */
    static final int POINTER_MAX = 500;
    private static final Set<String> ITEM_KEYS = Set.of("linkId", "type", "text", "required", "repeats",
            "answerOptions", "enableWhen", "enableBehavior", "minValue", "maxValue", "maxLength", "pattern",
            "instrumentKind", "instrumentField", "indicator", "codebook", "reserved", "items");

    private final DefinitionProblems problems = new DefinitionProblems();
    private final EnableWhenCheck conditions = new EnableWhenCheck(problems);
    private final Map<String, String> linkIdPointers = new HashMap<>();

    private DefinitionParser() {
    }

    public static Parsed parse(JsonNode json) {
        return new DefinitionParser().read(json);
    }

    private Parsed read(JsonNode json) {
        if (json == null || !json.isObject()) {
            problems.fatal(null, "", "a definition must be a JSON object");
            return new Parsed(null, problems.all());
        }
        String code = identifier(requiredString(json, "code", ""), "/code", CODE_PATTERN,
                "code must be 1 to 60 letters, digits, '.', '_' or '-', starting with a letter or a digit");
        String version = identifier(json.path("version").isNumber() ? json.get("version").asText()
                : requiredString(json, "version", ""), "/version", VERSION_PATTERN,
                "version must be 1 to 20 letters, digits, '.', '_' or '-', starting with a letter or a digit");
        Texts title = TextsReader.texts(json.get("title"), "/title", null, "the title", problems);
        String titleEn = title.exactly("en");
        if (titleEn != null && titleEn.codePointCount(0, titleEn.length()) > TITLE_MAX) {
            problems.fatal(null, "/title/en", "the English title is at most " + TITLE_MAX + " characters");
        }
        Texts description = json.has("description")
                ? TextsReader.texts(json.get("description"), "/description", null, "the description", problems) : null;
        List<Item> items = items(json.get("items"), "/items", null);
        if (items.isEmpty() && json.path("items").isArray()) {
            problems.fatal(null, "/items", "a definition needs at least one item");
        }
        Definition definition = new Definition(code, version, title, description, items);
        conditions.run(definition);
        answerPointers(items, 0, "/items");
        return new Parsed(problems.unusable() ? null : definition, problems.all());
    }

    /**
     * Every answer's JSON pointer fits the history's column (response_change.pointer, 500 characters), counting up to
     * five digits for an entry of a repeating group: a definition nested too deep is refused, not its answers later.
     */
    private void answerPointers(List<Item> items, int parentLength, String pointer) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int length = parentLength + 1 + item.linkId().length() + (item.isGroup() && item.repeats() ? 6 : 0);
            String at = Pointers.child(pointer, i);
            if (item.isGroup()) {
                answerPointers(item.items(), length, at + "/items");
            } else if (length > POINTER_MAX) {
                problems.fatal(item.linkId(), at + "/linkId", "nested too deep: an answer's JSON pointer would be " + length
                        + " characters, at most " + POINTER_MAX + " (shorter linkIds or fewer groups)");
            }
        }
    }

    /** A code or version label kept in its own column: refused (not repaired) when it breaks the column's rule. */
    private String identifier(String value, String pointer, String pattern, String rule) {
        if (value != null && !value.matches(pattern)) {
            problems.fatal(null, pointer, rule);
            return null;
        }
        return value;
    }

    private String requiredString(JsonNode node, String field, String pointer) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.fatal(null, pointer + "/" + field, field + " is required and must be a non-blank string");
            return null;
        }
        return value.asText();
    }

    private List<Item> items(JsonNode node, String pointer, String parentLinkId) {
        if (node == null || !node.isArray()) {
            problems.fatal(parentLinkId, pointer, "items is required and must be an array");
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Item item = item(node.get(i), Pointers.child(pointer, i));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private Item item(JsonNode node, String pointer) {
        if (!node.isObject()) {
            problems.fatal(null, pointer, "an item must be a JSON object");
            return null;
        }
        String linkId = linkId(node, pointer);
        node.fieldNames().forEachRemaining(key -> {
            if (!ITEM_KEYS.contains(key)) {
                problems.minor(linkId, Pointers.child(pointer, key), "unknown property " + key + " is ignored");
            }
        });
        ItemType type = type(node, pointer, linkId);
        Texts text = TextsReader.texts(node.get("text"), pointer + "/text", linkId, "the item", problems);
        boolean required = flag(node, "required", pointer, linkId);
        boolean repeats = flag(node, "repeats", pointer, linkId);
        List<AnswerOption> options = TextsReader.options(node.get("answerOptions"), pointer + "/answerOptions",
                linkId, type, problems);
        List<EnableWhen> enableWhen = conditions.read(node.get("enableWhen"), pointer + "/enableWhen", linkId);
        boolean enableAny = enableAny(node, pointer, linkId);
        BigDecimal min = number(node, "minValue", pointer, linkId, type);
        BigDecimal max = number(node, "maxValue", pointer, linkId, type);
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.minor(linkId, pointer + "/minValue", "minValue " + min + " is above maxValue " + max);
        }
        Integer maxLength = maxLength(node, pointer, linkId, type);
        String pattern = pattern(node, pointer, linkId);
        List<Item> children = null;
        if (type == ItemType.GROUP) {
            children = items(node.get("items"), pointer + "/items", linkId);
            if (children.isEmpty() && node.path("items").isArray()) {
                problems.fatal(linkId, pointer + "/items", "a group needs at least one item");
            }
        } else if (node.has("items")) {
            problems.fatal(linkId, pointer + "/items", "only a group can have items");
        }
        if (linkId == null || type == null) {
            return null;
        }
        return new Item(linkId, type, text, required, repeats, options, enableWhen, enableAny, min, max, maxLength,
                pattern, string(node, "instrumentKind", pointer, linkId), string(node, "instrumentField", pointer,
                linkId), string(node, "indicator", pointer, linkId), string(node, "codebook", pointer, linkId),
                reserved(node, pointer, linkId, type), children);
    }

    /** A reserved role must be known and sit on a question whose type can hold it. */
    private String reserved(JsonNode node, String pointer, String linkId, ItemType type) {
        String role = string(node, "reserved", pointer, linkId);
        if (role == null) {
            return null;
        }
        Reserved known = Reserved.of(role).orElse(null);
        if (known == null) {
            problems.fatal(linkId, pointer + "/reserved", "unknown reserved role " + role + "; expected one of " + Reserved.names());
        } else if (type != null && !known.fits(type)) {
            problems.fatal(linkId, pointer + "/reserved", "reserved role " + role + " needs an item of type " + known.type().jsonName());
        }
        return role;
    }

    private String linkId(JsonNode node, String pointer) {
        JsonNode value = node.get("linkId");
        if (value == null || !value.isTextual()) {
            problems.fatal(null, pointer + "/linkId", "linkId is required and must be a string");
            return null;
        }
        String linkId = value.asText();
        if (!LINK_ID.matcher(linkId).matches()) {
            problems.fatal(linkId, pointer + "/linkId", "linkId must match " + LINK_ID.pattern());
        }
        String first = linkIdPointers.putIfAbsent(linkId, pointer);
        if (first != null) {
            problems.fatal(linkId, pointer + "/linkId", "duplicate linkId " + linkId + ", first used at " + first);
        }
        return linkId;
    }

    private ItemType type(JsonNode node, String pointer, String linkId) {
        JsonNode value = node.get("type");
        ItemType type = value != null && value.isTextual() ? ItemType.fromJson(value.asText()).orElse(null) : null;
        if (type == null) {
            problems.fatal(linkId, pointer + "/type", value == null ? "type is required"
                    : "unknown type " + value + "; expected one of " + knownTypes());
        }
        return type;
    }

    private static List<String> knownTypes() {
        return java.util.Arrays.stream(ItemType.values()).map(ItemType::jsonName).toList();
    }

    private boolean flag(JsonNode node, String field, String pointer, String linkId) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            problems.fatal(linkId, pointer + "/" + field, field + " must be true or false");
        }
        return value != null && value.asBoolean();
    }

    private boolean enableAny(JsonNode node, String pointer, String linkId) {
        JsonNode value = node.get("enableBehavior");
        if (value != null && !Set.of("all", "any").contains(value.asText())) {
            problems.fatal(linkId, pointer + "/enableBehavior", "enableBehavior must be all or any");
        }
        return value != null && "any".equals(value.asText());
    }

    private BigDecimal number(JsonNode node, String field, String pointer, String linkId, ItemType type) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.fatal(linkId, pointer + "/" + field, field + " must be a number");
            return null;
        }
        if (type != null && !type.isNumeric()) {
            problems.minor(linkId, pointer + "/" + field, field + " only applies to integer, decimal and year items");
        }
        return value.decimalValue();
    }

    private Integer maxLength(JsonNode node, String pointer, String linkId, ItemType type) {
        JsonNode value = node.get("maxLength");
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            problems.fatal(linkId, pointer + "/maxLength", "maxLength must be a positive integer");
            return null;
        }
        if (type != null && !type.isTextual()) {
            problems.minor(linkId, pointer + "/maxLength", "maxLength only applies to items answered with a string");
        }
        return value.asInt();
    }

    private String pattern(JsonNode node, String pointer, String linkId) {
        String pattern = string(node, "pattern", pointer, linkId);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.fatal(linkId, pointer + "/pattern", "pattern does not compile: " + e.getDescription());
                return null;
            }
        }
        return pattern;
    }

    private String string(JsonNode node, String field, String pointer, String linkId) {
        JsonNode value = node.get(field);
        if (value != null && !value.isTextual()) {
            problems.fatal(linkId, pointer + "/" + field, field + " must be a string");
            return null;
        }
        return value == null ? null : value.asText();
    }
}

package org.oas.tip.registry.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.instrument.ChannelAttributes.ChannelType;
import org.oas.tip.registry.mapping.Details;
import org.oas.tip.registry.mapping.InstrumentInput;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The JSON Schema (draft 2020-12) of an {@link InstrumentInput} of one kind: the record's fields and constraints,
 * the kind fixed, only the kind's own details group, a reporting channel's type required, and the format of
 * {@code channel.contact} following the channel type.
 */
public final class InstrumentSchemas {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    static final String PHONE_MESSAGE = "must be a telephone number such as 145, 911 or +1 (888) 373-7888";
    static final String EMAIL_MESSAGE = "must be an e-mail address";
    static final String URL_MESSAGE = "must be an absolute http or https URL";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InstrumentSchemas() {
    }

    /** The name of the details group a kind carries, or null when it has none. */
    public static String detailsOf(InstrumentKind kind) {
        return switch (kind) {
            case INTER_AGENCY_BODY -> "body";
            case LAW -> "law";
            case NATIONAL_POLICY, PLAN -> "plan";
            case REPORTING_CHANNEL -> "channel";
            case PROTOCOL -> "protocol";
            case SPECIALIZED_UNIT -> "unit";
            case INFORMATION_SYSTEM -> "informationSystem";
            case SHELTER -> "shelter";
            default -> null;
        };
    }

    /**
     * The schema of an instrument of this kind; with {@code null}, of an instrument of any kind (every details group
     * allowed), which the registry uses to list every other problem of an input that names no kind.
     */
    public static ObjectNode of(InstrumentKind kind) {
        ObjectNode schema = NODES.objectNode().put("$schema", DIALECT)
                .put("title", kind == null ? "InstrumentInput" : "InstrumentInput of kind " + kind)
                .put("description", "An instrument as POST /api/registry/v1/instruments takes it. Relations between "
                        + "fields (yearEnd after yearStart, a successor of the same country) are listed beside the schemas.");
        schema.setAll(PropertySchemas.object(InstrumentInput.class, "an instrument", false));
        ObjectNode properties = (ObjectNode) schema.get("properties");
        if (kind != null) {
            properties.set("kind", NODES.objectNode().put("const", kind.name())
                    .set("message", NODES.objectNode().put("const", "must be " + kind + " in this schema")));
        }
        ObjectNode link = (ObjectNode) properties.get("link");
        link.put("pattern", Patterns.anchored(Patterns.WEB_LINK));
        ((ObjectNode) link.get("message")).put("pattern", URL_MESSAGE);
        String own = kind == null ? null : detailsOf(kind);
        for (String group : detailsGroups()) {
            if (group.equals("channel")) {
                channelContact((ObjectNode) properties.get(group));
            }
            if (kind != null && !group.equals(own)) {
                properties.set(group, NODES.objectNode().put("type", "null").set("message", NODES.objectNode()
                        .put("type", "not allowed for kind " + kind + (own == null ? " (it has no details)" : "; use " + own))));
            }
        }
        if (kind == InstrumentKind.REPORTING_CHANNEL) {
            requireChannelType(schema);
        }
        return schema;
    }

    /** The components of InstrumentInput that are a kind's details group. */
    static List<String> detailsGroups() {
        return Arrays.stream(InstrumentInput.class.getRecordComponents())
                .filter(c -> c.getType().getEnclosingClass() == Details.class).map(RecordComponent::getName).toList();
    }

    private static void requireChannelType(ObjectNode schema) {
        String message = "is required for a reporting channel";
        ((ArrayNode) schema.get("required")).add("channel");
        ((ObjectNode) schema.at("/message/required")).put("channel", message + " (with its type)");
        ObjectNode channel = (ObjectNode) schema.at("/properties/channel");
        channel.put("type", "object");
        channel.putArray("required").add("type");
        ((ObjectNode) channel.get("message")).putObject("required").put("type", message);
    }

    /** The contact's format follows the channel type: a telephone number, an e-mail address, or a URL. */
    private static void channelContact(ObjectNode channel) {
        ArrayNode rules = channel.putArray("allOf");
        rules.add(contactRule(ChannelType::isPhoneLine, Patterns.PHONE, PHONE_MESSAGE));
        rules.add(contactRule(type -> type == ChannelType.EMAIL, Patterns.EMAIL, EMAIL_MESSAGE));
        rules.add(contactRule(type -> type == ChannelType.WEBSITE || type == ChannelType.APP, Patterns.WEB_LINK, URL_MESSAGE));
    }

    private static ObjectNode contactRule(Predicate<ChannelType> types, String pattern, String message) {
        ObjectNode rule = NODES.objectNode();
        ObjectNode condition = rule.putObject("if");
        ArrayNode codes = condition.putObject("properties").putObject("type").putArray("enum");
        Arrays.stream(ChannelType.values()).filter(types).map(Enum::name).forEach(codes::add);
        condition.putArray("required").add("type");
        ObjectNode contact = rule.putObject("then").putObject("properties").putObject("contact");
        contact.put("pattern", Patterns.padded(pattern));
        contact.putObject("message").put("pattern", message);
        return rule;
    }
}

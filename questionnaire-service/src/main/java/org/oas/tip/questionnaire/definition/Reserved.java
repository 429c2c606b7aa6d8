package org.oas.tip.questionnaire.definition;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of reserved items ({@code "reserved": "<role>"}): the keys an instrument entry carries besides the
 * instrument's own fields, read by role and never by linkId, to reconcile the entry with the registry.
 */
public enum Reserved {
    REGISTRY_ID("registryId", Set.of(ItemType.INTEGER)),
    REGISTRY_REVISION("registryRevision", Set.of(ItemType.INTEGER)),
    ACTION("action", Set.of(ItemType.CHOICE)),
    STATUS("status", Set.of(ItemType.CHOICE)),
    STATUS_DATE("statusDate", Set.of(ItemType.DATE)),
    REASON("reason", Set.of(ItemType.STRING, ItemType.TEXT)),
    SUCCESSOR_ID("successorId", Set.of(ItemType.INTEGER));

    private final String role;
    private final Set<ItemType> types;

    Reserved(String role, Set<ItemType> types) {
        this.role = role;
        this.types = types;
    }

    /** The name in definition files. */
    public String role() {
        return role;
    }

    ItemType type() {
        return types.iterator().next();
    }

    boolean fits(ItemType type) {
        return types.contains(type);
    }

    public static Optional<Reserved> of(String role) {
        return Arrays.stream(values()).filter(r -> r.role.equals(role)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Reserved::role).collect(Collectors.joining(", "));
    }
}

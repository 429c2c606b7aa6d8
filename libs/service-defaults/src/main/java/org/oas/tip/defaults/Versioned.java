package org.oas.tip.defaults;

/** A resource together with the version its ETag is made from. */
public record Versioned<T>(T body, long version) {
}

package org.oas.tip.registry;

/** Who may see an instrument: everyone, or only the secretariat, analysts and the owning country. */
public enum Confidentiality {
    PUBLIC, RESTRICTED
}

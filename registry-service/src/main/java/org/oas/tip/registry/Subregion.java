package org.oas.tip.registry;

/** The subregions the OAS groups its member states in. */
public enum Subregion {
    CARIBBEAN, CENTRAL_AMERICA, SOUTH_AMERICA, NORTH_AMERICA
}

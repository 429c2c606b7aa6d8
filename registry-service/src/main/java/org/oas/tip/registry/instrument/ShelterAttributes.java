package org.oas.tip.registry.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Shelter or accommodation services for victims (section G.5). */
@Embeddable
public class ShelterAttributes {

    /** Who runs the shelters. */
    public enum Provider { STATE, NGO, BOTH }

    @Enumerated(EnumType.STRING)
    public Provider shelterProvider;
    /** Exclusive to trafficking victims (true) or shared with other victims (false). */
    @Column(name = "shelter_exclusive")
    public Boolean exclusive;
    public Boolean acceptsChildren;
}

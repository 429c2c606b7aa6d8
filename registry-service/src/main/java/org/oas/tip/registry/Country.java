package org.oas.tip.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An OAS member state, keyed by its ISO 3166-1 alpha-3 code. */
@Entity
public class Country {

    @Id
    @Column(columnDefinition = "bpchar", length = 3)
    public String iso3;

    public String nameEn;
    public String nameEs;
    public String nameFr;
    public String namePt;

    @Enumerated(EnumType.STRING)
    public Subregion subregion;

    /** Whether the state takes part in the OAS reporting exercise. */
    public boolean active;

    @Version
    public int version;
}

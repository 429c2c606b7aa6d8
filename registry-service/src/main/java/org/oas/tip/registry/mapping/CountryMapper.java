package org.oas.tip.registry.mapping;

import org.oas.tip.registry.Country;

/** Maps member states between the database and the API. */
public final class CountryMapper {

    private CountryMapper() {
    }

    public static CountryView toView(Country c) {
        return new CountryView(c.iso3, c.nameEn, c.nameEs, c.nameFr, c.namePt, c.subregion, c.active);
    }

    public static void apply(CountryUpdate u, Country c) {
        c.nameEn = u.nameEn();
        c.nameEs = u.nameEs();
        c.nameFr = u.nameFr();
        c.namePt = u.namePt();
        c.subregion = u.subregion();
        c.active = u.active();
    }
}

package org.oas.tip.analytics.sdg;

import java.util.List;

/** Hand-built inputs shared by the SDG tests, and a lookup of one observation. */
final class Data {

    private Data() {
    }

    static VictimCount vc(String country, int year, String sex, String age, String form, long count, int entry) {
        return new VictimCount(country, year, sex, age, form, count, entry);
    }

    static Population pop(String country, int year, long population) {
        return new Population(country, year, population, "test");
    }

    /** ARG 2017 as in the brief: 120 adult women for sexual exploitation, 30 adult men for forced labour, 3 girls. */
    static List<VictimCount> arg2017() {
        return List.of(
                vc("ARG", 2017, "FEMALE", "ADULT_18_PLUS", "SEXUAL", 120, 1),
                vc("ARG", 2017, "MALE", "ADULT_18_PLUS", "FORCED_LABOUR", 30, 2),
                vc("ARG", 2017, "FEMALE", "CHILD_0_17", "SEXUAL", 3, 3));
    }

    static Observation find(SdgResult r, String country, int year, String sex, String age, String form) {
        return r.observations().stream()
                .filter(o -> o.country().equals(country) && o.year() == year && o.sex().equals(sex)
                        && o.age().equals(age) && o.exploitation().equals(form))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + country + " " + year + " " + sex + "/" + age + "/" + form));
    }
}

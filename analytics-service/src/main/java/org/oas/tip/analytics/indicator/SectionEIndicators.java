package org.oas.tip.analytics.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Section E, victims: reporting channels, the dedicated lines and their features, thematic lines, victim protocols. */
final class SectionEIndicators {

    /** The six core features of a dedicated line (final comments, L1477-1484). */
    static final List<String> CORE = List.of("FREE", "ANONYMOUS", "EASY_TO_REMEMBER", "SPECIALIZED_STAFF",
            "REFERRAL_CONNECTED", "MULTILINGUAL");
    private static final Set<String> ALTERNATIVE = Set.of("WEBSITE", "EMAIL", "APP", "SOCIAL_MEDIA");

    private SectionEIndicators() {
    }

    static Map<String, Calculator> calculators() {
        Map<String, Calculator> c = new LinkedHashMap<>();
        c.put("E.channel_type", SectionEIndicators::channelType);
        c.put("E.dedicated_line", SectionEIndicators::dedicatedLine);
        c.put("E.dedicated_line_features", SectionEIndicators::features);
        c.put("E.dedicated_line_score", SectionEIndicators::score);
        c.put("E.thematic_topic", SectionEIndicators::thematicTopic);
        c.put("E.alternative_channels", d -> Outcome.distribution(d.respondents(), Tally.categories("WEBSITE", "Website",
                "EMAIL", "E-mail", "APP", "Mobile app", "SOCIAL_MEDIA", "Social media"),
                CountryFacts.fromInstruments(d.instruments("REPORTING_CHANNEL"),
                        i -> alternative(i) ? type(i) : null), "No alternative channel"));
        c.put("E.victim_protocol_type", SectionEIndicators::victimProtocolType);
        c.put("E.victim_protocol_online", SectionEIndicators::victimProtocolOnline);
        return c;
    }

    /** Set.of rejects a null lookup, and a channel may come without a type. */
    private static boolean alternative(InstrumentRecord i) {
        return type(i) != null && ALTERNATIVE.contains(type(i));
    }

    static String type(InstrumentRecord i) {
        return i.channel() == null ? null : i.channel().type();
    }

    private static Outcome channelType(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("REPORTING_CHANNEL"),
                i -> type(i) == null ? "TYPE_NOT_STATED" : type(i));
        return Outcome.distribution(d.respondents(), Tally.categories("DEDICATED_TIP_LINE", "Dedicated trafficking line",
                "POLICE_LINE", "Police line", "THEMATIC_LINE", "Thematic line", "EMERGENCY_911", "Emergency line (911)",
                "CRIME_STOPPERS", "Crime Stoppers", "MINISTRY_LINE", "Ministry of security or interior line",
                "CONSULAR_MIGRATION_LINE", "Consular or migration line", "JUSTICE_LINE", "Justice-system line",
                "WEBSITE", "Website", "EMAIL", "E-mail", "APP", "Mobile app", "SOCIAL_MEDIA", "Social media",
                "IN_PERSON", "In person or in writing", "TYPE_NOT_STATED", "Type not stated"), facts, "No channel");
    }

    private static List<InstrumentRecord> dedicatedLines(SnapshotData d) {
        return d.instruments("REPORTING_CHANNEL").stream().filter(i -> "DEDICATED_TIP_LINE".equals(type(i))).toList();
    }

    private static boolean hasNumber(InstrumentRecord i) {
        return i.channel().contact() != null && !i.channel().contact().isBlank();
    }

    private static Outcome dedicatedLine(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(dedicatedLines(d), i -> hasNumber(i) ? "NUMBER_GIVEN" : "NO_NUMBER")
                .preferring("NUMBER_GIVEN");
        return Outcome.distribution(d.respondents(), Tally.categories("NUMBER_GIVEN", "Dedicated line with its number",
                "NO_NUMBER", "Dedicated line, number not given"), facts, "No dedicated line");
    }

    private static Set<String> features(InstrumentRecord i) {
        return i.channel().features() == null ? Set.of() : i.channel().features();
    }

    /** Per country: the features any of its dedicated lines has (Mexico's two lines count together). */
    private static Outcome features(SnapshotData d) {
        List<InstrumentRecord> lines = dedicatedLines(d);
        Set<String> base = new TreeSet<>();
        lines.forEach(i -> base.add(i.country()));
        CountryFacts facts = CountryFacts.fromInstrumentsMulti(lines, SectionEIndicators::features);
        Tally tally = Tally.ofCountries(Tally.categories("FREE", "Free of charge", "ANONYMOUS", "Anonymous",
                "EASY_TO_REMEMBER", "Easy to remember", "SPECIALIZED_STAFF", "Specialized staff",
                "REFERRAL_CONNECTED", "Connected to referral services", "MULTILINGUAL", "Multilingual",
                "H24", "Open 24/7", "TTY", "Text telephone (TTY)", "TEXT_CHAT", "Text or chat")).addAll(facts);
        // the lines that state no feature stand behind "none stated"
        tally.missing("NONE_STATED", "No feature stated", base, facts.countries(),
                CountryFacts.fromInstruments(lines, i -> "LINE"));
        int withCore = facts.classify(k -> k.stream().anyMatch(CORE::contains) ? "CORE" : null).countries().size();
        return new Outcome(withCore, withCore, base.size(), tally.buckets(base.size()), null, List.of());
    }

    static int coreScore(InstrumentRecord i) {
        return (int) features(i).stream().filter(f -> f != null && CORE.contains(f)).count();
    }

    /** Each country scores its best dedicated line on the six core features (L1484: Line 145 meets 5 of 6). */
    private static Outcome score(SnapshotData d) {
        Map<String, Integer> best = new TreeMap<>();
        List<InstrumentRecord> lines = dedicatedLines(d);
        lines.forEach(i -> best.merge(i.country(), coreScore(i), Math::max));
        Map<String, String> categories = new LinkedHashMap<>();
        for (int s = 0; s <= CORE.size(); s++) {
            categories.put(String.valueOf(s), s + " of " + CORE.size());
        }
        Tally tally = Tally.ofCountries(categories);
        for (InstrumentRecord i : lines) {
            if (coreScore(i) == best.get(i.country())) {
                tally.add(String.valueOf(coreScore(i)), i.country(), i.id(), null);
            }
        }
        List<Stats.Observation> observations = new ArrayList<>();
        best.forEach((country, s) -> observations.add(new Stats.Observation(country, s)));
        int high = (int) best.values().stream().filter(s -> s >= 5).count();
        return new Outcome(high, high, best.size(), tally.buckets(best.size()), Stats.of(observations), List.of());
    }

    /**
     * E.1.3 (L921) groups thematic lines by the line's or institution's name; the registry's free-text topic is mapped to
     * those groups ("violence against women" is violence, as the report's "4 with different types of violence").
     */
    static String topicGroup(String topic) {
        if (topic == null || topic.isBlank()) {
            return "UNSPECIFIED";
        }
        String t = topic.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.contains("domestic")) {
            return "DOMESTIC_VIOLENCE";
        }
        if (t.contains("violence")) {
            return "VIOLENCE";
        }
        if (SectionDIndicators.containsAny(t, "women", "woman", "gender", "mujer")) {
            return "WOMEN_GENDER";
        }
        if (SectionDIndicators.containsAny(t, "labour", "labor", "work", "employment")) {
            return "LABOUR";
        }
        if (SectionDIndicators.containsAny(t, "child", "adolescen")) {
            return "CHILDREN_ADOLESCENTS";
        }
        return t.contains("human rights") ? "HUMAN_RIGHTS" : "OTHER";
    }

    private static Outcome thematicTopic(SnapshotData d) {
        List<InstrumentRecord> lines = d.instruments("REPORTING_CHANNEL").stream()
                .filter(i -> "THEMATIC_LINE".equals(type(i))).toList();
        Tally tally = Tally.ofRecords(Tally.categories("WOMEN_GENDER", "Women and gender", "VIOLENCE",
                "Violence (sexual, against women)", "LABOUR", "Labour", "DOMESTIC_VIOLENCE", "Domestic violence",
                "CHILDREN_ADOLESCENTS", "Children and adolescents", "HUMAN_RIGHTS", "Human rights", "OTHER", "Other topic",
                "UNSPECIFIED", "Topic not stated"));
        int stated = 0;
        for (InstrumentRecord i : lines) {
            String group = topicGroup(i.channel().topic());
            tally.add(group, i.country(), i.id(), null);
            stated += group.equals("UNSPECIFIED") ? 0 : 1;
        }
        return Outcome.records(tally, lines.size(), stated);
    }

    private static Outcome victimProtocolType(SnapshotData d) {
        CountryFacts facts = CountryFacts.fromInstruments(d.instruments("PROTOCOL"), i -> {
            String kind = i.protocol() == null ? null : i.protocol().kind();
            return "CRIMINAL_INVESTIGATION".equals(kind) ? null : kind == null ? "UNCLASSIFIED" : kind;
        });
        return Outcome.distribution(d.respondents(), Tally.categories("VICTIM_ASSISTANCE",
                "Identification, assistance, protection and referral", "DETECTION_RESPONSE", "Detection and immediate response",
                "VICTIMIZATION_CERTIFICATION", "Certification of victimization", "RISK_ASSESSMENT", "Risk assessment",
                "CONSULAR", "For embassies and consulates", "LABOUR", "Labour context", "SUPRANATIONAL", "Supranational",
                "UNCLASSIFIED", "Type not stated"), facts, "No victim protocol");
    }

    private static Outcome victimProtocolOnline(SnapshotData d) {
        List<InstrumentRecord> protocols = d.instruments("PROTOCOL").stream()
                .filter(i -> i.protocol() != null && "VICTIM_ASSISTANCE".equals(i.protocol().kind())).toList();
        Tally tally = Tally.ofRecords(Tally.categories("FOUND_ONLINE", "Found online", "NOT_FOUND", "Not found online"));
        int online = 0;
        for (InstrumentRecord i : protocols) {
            boolean found = Boolean.TRUE.equals(i.foundOnline());
            tally.add(found ? "FOUND_ONLINE" : "NOT_FOUND", i.country(), i.id(), null);
            online += found ? 1 : 0;
        }
        return Outcome.records(tally, protocols.size(), online);
    }
}

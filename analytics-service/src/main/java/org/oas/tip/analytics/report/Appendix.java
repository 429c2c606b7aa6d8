package org.oas.tip.analytics.report;

import org.oas.tip.analytics.indicator.InstrumentRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** One inventory of the report's appendices: which registry instruments it lists and in what order. */
public record Appendix(int number, String title, Predicate<InstrumentRecord> includes, Comparator<InstrumentRecord> order) {

    private static final Comparator<InstrumentRecord> BY_COUNTRY = Comparator.comparing(InstrumentRecord::country)
            .thenComparing(i -> i.yearStart() == null ? Integer.MAX_VALUE : i.yearStart()).thenComparingLong(InstrumentRecord::id);
    private static final Comparator<InstrumentRecord> BY_YEAR = Comparator
            .comparing((InstrumentRecord i) -> i.yearStart() == null ? Integer.MAX_VALUE : i.yearStart())
            .thenComparing(InstrumentRecord::country).thenComparingLong(InstrumentRecord::id);
    private static final Set<String> PLANS = Set.of("NATIONAL_POLICY", "PLAN");

    /** The thirteen inventories of the 2015-2018 report, numbered as it numbers them. */
    public static final List<Appendix> ALL = List.of(
            new Appendix(1, "Inter-agency bodies", kind("INTER_AGENCY_BODY"), BY_COUNTRY),
            new Appendix(2, "Websites with specific information on trafficking in persons", kind("WEBSITE"), BY_COUNTRY),
            new Appendix(3, "National policies and plans", i -> PLANS.contains(i.kind()), BY_COUNTRY),
            new Appendix(4, "National policies and plans available online",
                    i -> PLANS.contains(i.kind()) && Boolean.TRUE.equals(i.foundOnline()), BY_COUNTRY),
            new Appendix(5, "Diagnostic assessments", kind("DIAGNOSTIC_ASSESSMENT"), BY_COUNTRY),
            new Appendix(6, "Laws characterizing the crime of trafficking in persons, by year", kind("LAW"), BY_YEAR),
            new Appendix(7, "Specialized units", kind("SPECIALIZED_UNIT"), BY_COUNTRY),
            new Appendix(8, "Criminal-investigation protocols", protocol(true), BY_COUNTRY),
            new Appendix(9, "Directory of dedicated phone lines for trafficking in persons", channel("DEDICATED_TIP_LINE"), BY_COUNTRY),
            new Appendix(10, "Directory of telephone lines for reporting to the police", channel("POLICE_LINE"), BY_COUNTRY),
            new Appendix(11, "Directory of \"thematic\" telephone lines", channel("THEMATIC_LINE"), BY_COUNTRY),
            new Appendix(12, "Victim protection and assistance protocols", protocol(false), BY_COUNTRY),
            new Appendix(13, "Statistical reports on trafficking in persons", kind("STATISTICAL_REPORT"), BY_COUNTRY));

    private static Predicate<InstrumentRecord> kind(String kind) {
        return i -> kind.equals(i.kind());
    }

    private static Predicate<InstrumentRecord> channel(String type) {
        return i -> "REPORTING_CHANNEL".equals(i.kind()) && i.channel() != null && type.equals(i.channel().type());
    }

    private static Predicate<InstrumentRecord> protocol(boolean investigation) {
        return i -> "PROTOCOL".equals(i.kind()) && i.protocol() != null
                && investigation == "CRIMINAL_INVESTIGATION".equals(i.protocol().kind());
    }

    /** The instruments this appendix lists, in its order. */
    public List<InstrumentRecord> entries(List<InstrumentRecord> instruments) {
        return instruments.stream().filter(includes).sorted(order).toList();
    }
}

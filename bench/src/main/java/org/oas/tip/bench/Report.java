package org.oas.tip.bench;

/** The lines the benchmarks print their figures in. */
public final class Report {

    private Report() {
    }

    /** "label  p50 … ms  p95 … ms  max … ms", leaving out the runs in which the time could not be taken. */
    public static void p50p95max(String label, long[] nanos, int labelWidth, int numberWidth) {
        String n = "%" + numberWidth + ".1f";
        System.out.printf("   %-" + labelWidth + "s p50 " + n + " ms  p95 " + n + " ms  max " + n + " ms%n", label,
                Stats.measuredMs(nanos, 50), Stats.measuredMs(nanos, 95), Stats.measuredMs(nanos, 100));
    }

    public static String metOrNot(boolean met) {
        return met ? "MET" : "NOT MET";
    }
}

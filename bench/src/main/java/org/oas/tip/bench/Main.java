package org.oas.tip.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oas.tip.bench.gateway.GatewayOverhead;
import org.oas.tip.bench.questionnaire.ConcurrentSaves;
import org.oas.tip.bench.questionnaire.CrashLoad;
import org.oas.tip.bench.questionnaire.EndToEnd;
import org.oas.tip.bench.questionnaire.OutageRecovery;
import org.oas.tip.bench.questionnaire.RegistryOutage;
import org.oas.tip.bench.questionnaire.SecondCycle;
import org.oas.tip.bench.registry.RegistryReconcile;
import org.oas.tip.bench.registry.RegistrySearch;

/**
 * Runs one benchmark scenario by name: {@code java -jar bench/target/bench.jar <scenario> [arguments]}, from the
 * repository root (bench/*.sh do; bench/README.md says what each measures).
 */
public final class Main {

    /** A scenario run with the arguments after its name. */
    @FunctionalInterface
    interface Scenario {
        void run(Args args) throws Exception;
    }

    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("gateway-overhead", GatewayOverhead::run);
        SCENARIOS.put("registry-search", RegistrySearch::run);
        SCENARIOS.put("registry-reconcile", RegistryReconcile::run);
        SCENARIOS.put("e2e", EndToEnd::run);
        SCENARIOS.put("load", ConcurrentSaves::run);
        SCENARIOS.put("crash-load", CrashLoad::run);
        SCENARIOS.put("outage-prepare", RegistryOutage::prepare);
        SCENARIOS.put("outage-accept", RegistryOutage::accept);
        SCENARIOS.put("outage-recover", OutageRecovery::run);
        SCENARIOS.put("second-cycle", SecondCycle::run);
        SCENARIOS.put("onboarding", org.oas.tip.bench.onboarding.OnboardAll::run);
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = args.length == 0 ? null : SCENARIOS.get(args[0]);
        if (scenario == null) {
            System.err.println("usage: java -jar bench/target/bench.jar <scenario> [arguments], scenario one of "
                    + String.join(", ", SCENARIOS.keySet()) + " (see bench/README.md)");
            System.exit(2);
        }
        scenario.run(Args.after(args, 1));
    }
}

package org.oas.tip.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the analytics service, under {@code tip.analytics}. */
@ConfigMapping(prefix = "tip.analytics")
public interface AnalyticsConfig {

    /** {@code tip.analytics.sdg.*}: SDG indicator 16.2.2. */
    Sdg sdg();

    /** SDG 16.2.2 settings. */
    interface Sdg {
        /**
         * {@code tip.analytics.sdg.suppression-threshold}: in every public output (published reports) a victim count
         * above zero and below this is not shown, nor its rate; restricted outputs (snapshots) show every count.
         */
        @WithDefault("5")
        int suppressionThreshold();
    }
}

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

        /** {@code tip.analytics.sdg.sdmx.*}: the dataflow the SDMX-CSV export names. */
        Sdmx sdmx();
    }

    /** The SDMX dataflow reference of the SDG 16.2.2 export ({@code AGENCY:DATAFLOW(VERSION)}). */
    interface Sdmx {
        /** {@code tip.analytics.sdg.sdmx.agency}: the maintenance agency of the SDG structures. */
        @WithDefault("IAEG-SDGs")
        String agency();

        /** {@code tip.analytics.sdg.sdmx.dataflow}: DF_SDG_GLC, the dataflow for data reported by countries. */
        @WithDefault("DF_SDG_GLC")
        String dataflow();

        /** {@code tip.analytics.sdg.sdmx.version}: the dataflow's version in the SDG registry. */
        @WithDefault("1.22")
        String version();
    }
}

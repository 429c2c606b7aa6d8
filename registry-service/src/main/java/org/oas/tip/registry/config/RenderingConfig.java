package org.oas.tip.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How stored versions without a rendering get one in the background: {@code tip.registry.rendering.*}. */
@ConfigMapping(prefix = "tip.registry.rendering")
public interface RenderingConfig {

    /**
     * {@code tip.registry.rendering.every}: how often the pass runs (a duration such as {@code 10s}; {@code off}: never,
     * as in tests, which run it themselves).
     */
    @WithDefault("10s")
    String every();

    /** {@code tip.registry.rendering.batch}: how many versions one pass renders at most (one transaction). */
    @WithDefault("5000")
    @Min(1)
    @Max(100000)
    int batch();
}

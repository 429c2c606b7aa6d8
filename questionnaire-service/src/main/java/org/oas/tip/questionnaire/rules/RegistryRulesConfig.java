package org.oas.tip.questionnaire.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the registry's instrument rules are kept ({@code tip.registry-rules.*}). */
@ConfigMapping(prefix = "tip.registry-rules")
public interface RegistryRulesConfig {

    /**
     * {@code tip.registry-rules.max-age}: how long a copy is used before the registry is asked again (with
     * {@code If-None-Match}, so an unchanged document costs a 304). The registry itself says max-age=300.
     */
    @WithDefault("5m")
    Duration maxAge();

    /**
     * {@code tip.registry-rules.retry-after}: after the registry did not answer, how long the copy held is used before
     * the registry is asked again (at most max-age).
     */
    @WithDefault("30s")
    Duration retryAfter();
}

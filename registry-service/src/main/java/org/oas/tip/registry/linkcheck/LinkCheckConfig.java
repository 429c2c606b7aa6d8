package org.oas.tip.registry.linkcheck;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** How the link check runs: {@code tip.registry.link-check.*}. */
@ConfigMapping(prefix = "tip.registry.link-check")
public interface LinkCheckConfig {

    /** {@code tip.registry.link-check.enabled}: whether jobs may be started; when false, starting one is refused (409). */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code tip.registry.link-check.timeout}: how long one link may take in all (HEAD, the GET fallback and every
     * redirect); a link that has not answered by then is recorded as not found online, with no status.
     */
    @WithDefault("10s")
    Duration timeout();

    /** {@code tip.registry.link-check.concurrency}: how many links are requested at the same time. */
    @WithDefault("8")
    @Min(1)
    @Max(256)
    int concurrency();

    /**
     * {@code tip.registry.link-check.allowed-hosts}: a regular expression the whole host name must match
     * (case-insensitive) for a link, or a redirect, to be requested. Other links are not requested and count as skipped;
     * tests set it to {@code localhost|127\.0\.0\.1} so that they never reach outside hosts.
     */
    @WithDefault(".*")
    String allowedHosts();
}

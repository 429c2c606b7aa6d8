package org.oas.tip.questionnaire.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How accepted answers are published to the registry ({@code tip.publication.*}). */
@ConfigMapping(prefix = "tip.publication")
public interface PublicationConfig {

    /**
     * {@code tip.publication.enabled}: whether the worker delivers on its own schedule. Off in tests, which run
     * {@link PublicationWorker#deliverDue()} themselves; enqueueing happens either way.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * {@code tip.publication.poll}: how often the worker looks for due rows. Read by the {@code @Scheduled} expression,
     * declared here for its documentation and default.
     */
    @WithDefault("2s")
    Duration poll();

    /** {@code tip.publication.batch-size}: the most rows one pass of the worker takes. */
    @WithDefault("20")
    int batchSize();

    /** {@code tip.publication.max-backoff}: the longest wait between two attempts of one row (1 s, 2 s, 4 s... up to this). */
    @WithDefault("5m")
    Duration maxBackoff();

    /**
     * {@code tip.publication.request-timeout}: the longest one call to the registry may take, token included; a call
     * that takes longer counts as a transient failure.
     */
    @WithDefault("10s")
    Duration requestTimeout();
}

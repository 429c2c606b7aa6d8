package org.oas.tip.gateway.config;

import java.net.URI;
import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the gateway: where the backends live, how long it waits for them and how much it accepts. */
@ConfigMapping(prefix = "tip.gateway")
public interface GatewayConfig {

    /**
     * {@code tip.gateway.questionnaire-url}: base URL (scheme, host, port) of the questionnaire service, which serves
     * {@code /api/questionnaire/*}.
     */
    @WithDefault("http://localhost:8081")
    URI questionnaireUrl();

    /**
     * {@code tip.gateway.registry-url}: base URL (scheme, host, port) of the registry service, which serves
     * {@code /api/registry/*}.
     */
    @WithDefault("http://localhost:8082")
    URI registryUrl();

    /**
     * {@code tip.gateway.analytics-url}: base URL (scheme, host, port) of the analytics service, which serves
     * {@code /api/analytics/*}.
     */
    @WithDefault("http://localhost:8083")
    URI analyticsUrl();

    /**
     * {@code tip.gateway.upstream-timeout}: how long the gateway waits to connect to a backend and, once connected, for
     * each piece of its answer; past it the client gets 503 (no connection) or 504 (no answer).
     */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /**
     * {@code tip.gateway.retry-after}: seconds announced in the {@code Retry-After} header of 429, 503 and 504 answers.
     */
    @WithDefault("5")
    int retryAfter();

    /**
     * {@code tip.gateway.max-body-size}: largest request body the gateway forwards (for example {@code 1M}); larger
     * bodies get 413, whether they declare a {@code Content-Length} or are streamed in chunks.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * {@code tip.gateway.max-uri-length}: longest request target (path and query) the gateway forwards; longer ones get
     * 414. Vert.x's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set above it, so that this one
     * answers first, with problem+json. 4000 leaves room for the method and protocol within the 4096-byte request line
     * a service accepts by default, so that what the gateway forwards is never refused bare by a service.
     */
    @WithDefault("4000")
    int maxUriLength();

    /**
     * {@code tip.gateway.max-header-size}: largest total of the request's header names and values the gateway forwards;
     * larger ones get 431. Vert.x's own limit ({@code quarkus.http.limits.max-header-size}) is set above it.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /**
     * {@code tip.gateway.health-timeout}: how long a readiness check waits for a backend's {@code /q/health/ready}
     * before reporting that backend DOWN.
     */
    @WithDefault("2s")
    Duration healthTimeout();

    /**
     * {@code tip.gateway.max-connections-per-backend}: size of the connection pool the gateway keeps to each backend.
     */
    @WithDefault("64")
    int maxConnectionsPerBackend();

    /** {@code tip.gateway.rate-limit.*}: the per-client request budget on the API prefixes. */
    RateLimit rateLimit();

    /** {@code tip.gateway.last-calls.*}: when each caller last called, reported to the registry. */
    LastCalls lastCalls();

    /** Settings of the last-calls record (who called, when), which the gateway reports to the registry. */
    interface LastCalls {

        /**
         * {@code tip.gateway.last-calls.enabled}: whether the gateway records who called through it with a valid token
         * and reports it to the registry at all.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * {@code tip.gateway.last-calls.flush-interval}: how often the calls recorded since the last report are sent to
         * the registry ({@code POST /api/registry/v1/last-calls}); a failed report is retried at the next one.
         */
        @WithDefault("15s")
        Duration flushInterval();

        /**
         * {@code tip.gateway.last-calls.max-subjects}: most callers (token subjects) held between two reports; past it a
         * caller not yet held is not recorded (and counted in {@code tip_gateway_last_calls_dropped_total}) until a
         * report empties the record, while the callers held keep their latest time.
         */
        @WithDefault("100000")
        int maxSubjects();
    }

    /** Settings of the per-client rate limit. */
    interface RateLimit {

        /** {@code tip.gateway.rate-limit.enabled}: whether API requests are counted per client at all. */
        @WithDefault("true")
        boolean enabled();

        /**
         * {@code tip.gateway.rate-limit.requests-per-minute}: requests one client (the token's {@code azp}, or the IP
         * address when anonymous) may make per minute, refilled continuously; it is also the largest burst.
         */
        @WithDefault("600")
        long requestsPerMinute();
    }
}

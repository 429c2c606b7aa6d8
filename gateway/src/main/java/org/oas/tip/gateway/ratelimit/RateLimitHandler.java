package org.oas.tip.gateway.ratelimit;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.config.GatewayConfig;
import org.oas.tip.gateway.problem.ProblemResponses;

/**
 * Gives each client a token bucket of API requests, keyed by the bearer token's {@code azp} (the OAuth client) or, for
 * anonymous requests, the caller's IP address; an empty bucket means 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitHandler implements Handler<RoutingContext> {

    private final boolean enabled;
    private final long perMinute;
    // idle clients are forgotten, so the map cannot grow without bound
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    public RateLimitHandler(GatewayConfig config) {
        this.enabled = config.rateLimit().enabled();
        this.perMinute = config.rateLimit().requestsPerMinute();
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!enabled) {
            ctx.next();
            return;
        }
        ConsumptionProbe probe = buckets.get(clientKey(ctx), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        ctx.response().putHeader(HttpHeaderNames.RETRY_AFTER, Long.toString(seconds));
        ProblemResponses.send(ctx, 429, "This client sent more than " + perMinute + " requests a minute; try again in "
                + seconds + " s");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    static String clientKey(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                Object azp = token.getClaim("azp");
                if (azp instanceof JsonString json) {
                    return "client:" + json.getString();
                }
                if (azp != null) {
                    return "client:" + azp;
                }
                return "subject:" + token.getSubject();
            }
        }
        return "ip:" + ctx.request().remoteAddress().hostAddress();
    }
}

package org.oas.tip.gateway.lastcalls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import org.oas.tip.gateway.config.GatewayConfig;

/**
 * On the routes to the services, after every check the gateway makes: notes who called (the bearer token's
 * {@code sub}, {@code azp} and {@code preferred_username}) and when, in memory; anonymous requests are not noted.
 */
@ApplicationScoped
public class LastCallsRecorder implements Handler<RoutingContext> {

    private final boolean enabled;
    private final LastCalls lastCalls;

    public LastCallsRecorder(GatewayConfig config) {
        this.enabled = config.lastCalls().enabled();
        this.lastCalls = new LastCalls(config.lastCalls().maxSubjects());
    }

    /** The calls noted since the last report. */
    public LastCalls lastCalls() {
        return lastCalls;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (enabled && ctx.user() instanceof QuarkusHttpUser user) {
            record(user.getSecurityIdentity());
        }
        ctx.next();
    }

    private void record(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        String subject = token.getSubject();
        String clientId = claim(token, "azp");
        // the registry needs both; Keycloak's access tokens always carry them (sub from the realm's "basic" scope)
        if (subject == null || clientId == null) {
            return;
        }
        lastCalls.record(new LastCall(subject, clientId, claim(token, "preferred_username"), System.currentTimeMillis()));
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }
}

package org.oas.tip.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Says the gateway process itself is alive; backends are readiness concerns and never make the gateway "dead". */
@Liveness
@ApplicationScoped
public class GatewayLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("gateway");
    }
}

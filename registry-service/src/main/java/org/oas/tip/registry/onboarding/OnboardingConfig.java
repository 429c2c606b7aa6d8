package org.oas.tip.registry.onboarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the registry reaches Keycloak's admin API, and the lifetimes it gives tools' tokens and invitations. */
@ConfigMapping(prefix = "tip.onboarding")
public interface OnboardingConfig {

    /** Keycloak's base URL (not the realm's). */
    @WithDefault("http://localhost:8180")
    String keycloakUrl();

    @WithDefault("oas-tip")
    String realm();

    /** The registry's own client: its service account holds realm-management manage-clients and manage-users only. */
    @WithDefault("registry-service")
    String clientId();

    @WithDefault("local-dev-secret-registry-service")
    String clientSecret();

    /** Tools' access tokens live this long: a revoked tool's last token is refused after it at the latest. */
    @WithDefault("60s")
    Duration toolTokenLifespan();

    /** How long the link of a password-setup e-mail works. */
    @WithDefault("72h")
    Duration invitationLifespan();

    /** What the answer to a registration names as the tool's token endpoint. */
    @WithDefault("http://localhost:8180/realms/oas-tip/protocol/openid-connect/token")
    String tokenUrl();
}

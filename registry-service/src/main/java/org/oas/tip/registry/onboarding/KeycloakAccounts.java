package org.oas.tip.registry.onboarding;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keycloak's admin API, with the registry's own client credentials (its service account holds manage-clients and
 * manage-users only; roles are picked from what that account may grant, never read from the realm).
 */
@ApplicationScoped
public class KeycloakAccounts implements AccountDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    static final String FOCAL_POINT = "focal-point";
    /** The client attribute the realm's client policy {@code member-state-tools} (secret rotation) selects tools by. */
    static final String TOOL_MARKER = "tip.member-state-tool";

    private final OnboardingConfig config;
    private Keycloak keycloak;

    public KeycloakAccounts(OnboardingConfig config) {
        this.config = config;
    }

    @Override
    public NewClient createTool(String clientId, String displayName, String country, Duration tokenLifespan) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(displayName);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setFrontchannelLogout(false);
        client.setAttributes(Map.of(
                "access.token.lifespan", Long.toString(tokenLifespan.toSeconds()),
                TOOL_MARKER, "true",
                "use.refresh.tokens", "false",
                "client_credentials.use_refresh_token", "false"));
        ProtocolMapperRepresentation countryClaim = new ProtocolMapperRepresentation();
        countryClaim.setName("country (hardcoded)");
        countryClaim.setProtocol("openid-connect");
        countryClaim.setProtocolMapper("oidc-hardcoded-claim-mapper");
        countryClaim.setConfig(Map.of("access.token.claim", "true", "id.token.claim", "true", "introspection.token.claim", "true",
                "claim.name", "country", "claim.value", country, "jsonType.label", "String"));
        client.setProtocolMappers(List.of(countryClaim));
        String id = call("register the tool's client", () -> {
            try (Response created = realm().clients().create(client)) {
                if (created.getStatus() == 409) {
                    throw new DirectoryConflict("Keycloak already has a client " + clientId);
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        try {
            return call("give the tool its role and read its secret", () -> {
                var resource = realm().clients().get(id);
                grantFocalPoint(realm().users().get(resource.getServiceAccountUser().getId()));
                return new NewClient(id, resource.getSecret().getValue());
            });
        } catch (RuntimeException e) {
            quietly("remove the half-made client " + clientId, () -> realm().clients().get(id).remove());
            throw e;
        }
    }

    @Override
    public Rotation rotateSecret(String keycloakId) {
        return call("rotate the tool's secret", () -> {
            var resource = realm().clients().get(keycloakId);
            String secret = resource.generateNewSecret().getValue();
            String until = resource.toRepresentation().getAttributes().get("client.secret.rotated.expiration.time");
            return new Rotation(secret, until == null ? null : Instant.ofEpochSecond(Long.parseLong(until)));
        });
    }

    @Override
    public void endPreviousSecret(String keycloakId) {
        call("end the previous secret", () -> {
            try {
                realm().clients().get(keycloakId).invalidateRotatedSecret();
            } catch (NotFoundException noneLeft) {
                // no previous secret: nothing to end
            }
            return null;
        });
    }

    @Override
    public void deleteTool(String keycloakId) {
        call("delete the tool's client", () -> {
            try {
                realm().clients().get(keycloakId).remove();
            } catch (NotFoundException gone) {
                // already gone
            }
            return null;
        });
    }

    @Override
    public String invitePerson(String email, String firstName, String lastName, String country, Duration linkLifespan) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email.toLowerCase(Locale.ROOT));
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(false);
        user.setAttributes(Map.of("country", List.of(country)));
        user.setRequiredActions(List.of("UPDATE_PASSWORD"));
        String id = call("make the person's account", () -> {
            try (Response created = realm().users().create(user)) {
                if (created.getStatus() == 409) {
                    throw new DirectoryConflict("Keycloak already has an account with the e-mail " + email);
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        try {
            call("give the person the focal-point role and send the password-setup e-mail", () -> {
                UserResource resource = realm().users().get(id);
                grantFocalPoint(resource);
                resource.executeActionsEmail(List.of("UPDATE_PASSWORD"), (int) linkLifespan.toSeconds());
                return null;
            });
            return id;
        } catch (RuntimeException e) {
            quietly("remove the half-made account " + email, () -> realm().users().get(id).remove());
            throw e;
        }
    }

    @Override
    public void resendInvitation(String keycloakId, Duration linkLifespan) {
        call("send the password-setup e-mail", () -> {
            realm().users().get(keycloakId).executeActionsEmail(List.of("UPDATE_PASSWORD"), (int) linkLifespan.toSeconds());
            return null;
        });
    }

    @Override
    public void disablePerson(String keycloakId) {
        call("disable the person's account", () -> {
            UserResource resource = realm().users().get(keycloakId);
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(false);
            resource.update(user);
            resource.logout();
            return null;
        });
    }

    /** Only the focal-point role, as the registry's account may grant it (it cannot read the realm's roles). */
    private static void grantFocalPoint(UserResource user) {
        RoleRepresentation role = user.roles().realmLevel().listAvailable().stream()
                .filter(r -> r.getName().equals(FOCAL_POINT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the realm offers no role " + FOCAL_POINT + " to grant"));
        user.roles().realmLevel().add(List.of(role));
    }

    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (DirectoryConflict e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Keycloak: could not %s: %s", what, e.toString());
            throw new DirectoryUnavailable("the identity provider could not " + what, e);
        }
    }

    private static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.errorf("Keycloak: could not %s; remove it by hand: %s", what, e.toString());
        }
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder().serverUrl(config.keycloakUrl()).realm(config.realm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId()).clientSecret(config.clientSecret())
                    .build();
        }
        return keycloak.realm(config.realm());
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}

package org.oas.tip.registry.onboarding;

import io.quarkus.test.Mock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's accounts in memory, for the registry's own tests (which are about the registry's rules, records and
 * audit; the real Keycloak is exercised end to end by deploy/local-stack's OnboardingIT). It can be told to be down.
 */
@Mock
@jakarta.inject.Singleton
public class FakeAccounts implements AccountDirectory {

    /** Keycloak id -> current secret, per client. */
    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final Map<String, String> previousSecrets = new ConcurrentHashMap<>();
    /** Keycloak id -> the country claim of each client or user. */
    final Map<String, String> countries = new ConcurrentHashMap<>();
    final Map<String, String> clientIds = new ConcurrentHashMap<>();
    final Set<String> disabledUsers = ConcurrentHashMap.newKeySet();
    final Map<String, Integer> invitationsSent = new ConcurrentHashMap<>();
    /** E-mail (lower case) -> Keycloak id of the user. */
    final Map<String, String> users = new ConcurrentHashMap<>();
    volatile boolean down;

    @Override
    public NewClient createTool(String clientId, String displayName, String country, Duration tokenLifespan) {
        up();
        String id = UUID.randomUUID().toString();
        String secret = "secret-" + UUID.randomUUID();
        secrets.put(id, secret);
        countries.put(id, country);
        clientIds.put(id, clientId);
        return new NewClient(id, secret);
    }

    @Override
    public Rotation rotateSecret(String keycloakId) {
        up();
        previousSecrets.put(keycloakId, secrets.get(keycloakId));
        String secret = "secret-" + UUID.randomUUID();
        secrets.put(keycloakId, secret);
        return new Rotation(secret, Instant.now().plus(Duration.ofHours(24)));
    }

    @Override
    public void endPreviousSecret(String keycloakId) {
        up();
        previousSecrets.remove(keycloakId);
    }

    @Override
    public void deleteTool(String keycloakId) {
        up();
        secrets.remove(keycloakId);
        previousSecrets.remove(keycloakId);
        clientIds.remove(keycloakId);
    }

    @Override
    public String invitePerson(String email, String firstName, String lastName, String country, Duration linkLifespan) {
        up();
        String id = UUID.randomUUID().toString();
        if (users.putIfAbsent(email.toLowerCase(), id) != null) {
            throw new DirectoryConflict("Keycloak already has an account with the e-mail " + email);
        }
        countries.put(id, country);
        invitationsSent.merge(id, 1, Integer::sum);
        return id;
    }

    @Override
    public void resendInvitation(String keycloakId, Duration linkLifespan) {
        up();
        invitationsSent.merge(keycloakId, 1, Integer::sum);
    }

    @Override
    public void disablePerson(String keycloakId) {
        up();
        disabledUsers.add(keycloakId);
    }

    private void up() {
        if (down) {
            throw new DirectoryUnavailable("the identity provider could not be reached", null);
        }
    }
}

package org.oas.tip.registry.onboarding;

import java.time.Duration;
import java.time.Instant;

/**
 * Where tools and people get their accounts: Keycloak in every deployment ({@link KeycloakAccounts}). Every method
 * either does all of its work or throws {@link DirectoryUnavailable}, leaving nothing half made.
 */
public interface AccountDirectory {

    /** A tool's client as made: Keycloak's id of it and its first secret. */
    record NewClient(String keycloakId, String secret) {
    }

    /** A rotated secret: the new one, and until when the previous one still works. */
    record Rotation(String secret, Instant previousValidUntil) {
    }

    /**
     * Makes a confidential client {@code clientId}, client credentials only, whose tokens say {@code country} (a
     * hardcoded claim) and hold the focal-point role, valid {@code tokenLifespan}.
     */
    NewClient createTool(String clientId, String displayName, String country, Duration tokenLifespan);

    /** Gives the client a new secret; the previous one keeps working for the realm's stated grace period. */
    Rotation rotateSecret(String keycloakId);

    /** Ends the grace period: the previous secret stops working at once. */
    void endPreviousSecret(String keycloakId);

    /** Deletes the client: no token is issued to it any more (those issued expire within their lifespan). */
    void deleteTool(String keycloakId);

    /**
     * Makes a user who speaks for {@code country} (country attribute, focal-point role) and must set a password, and
     * sends the password-setup e-mail; returns Keycloak's user id.
     */
    String invitePerson(String email, String firstName, String lastName, String country, Duration linkLifespan);

    /** Sends the password-setup e-mail again. */
    void resendInvitation(String keycloakId, Duration linkLifespan);

    /** Disables the user: no sign-in, no new token. */
    void disablePerson(String keycloakId);

    /** The directory could not be reached, or refused; nothing was changed. */
    class DirectoryUnavailable extends RuntimeException {
        public DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The directory holds an account that conflicts (the e-mail is taken). */
    class DirectoryConflict extends RuntimeException {
        public DirectoryConflict(String message) {
            super(message);
        }
    }
}

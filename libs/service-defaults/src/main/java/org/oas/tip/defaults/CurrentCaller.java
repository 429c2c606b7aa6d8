package org.oas.tip.defaults;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;

/** Turns the request's security identity into a {@link Caller}. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        String client = null;
        String country = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            client = jwt.getClaim("azp");
            String claim = jwt.getClaim("country");
            country = claim == null ? null : claim.toUpperCase(Locale.ROOT);
        }
        return new Caller(identity.getPrincipal().getName(), client, identity.getRoles(), country);
    }
}

package org.oas.tip.defaults;

import java.util.Set;

/**
 * Who is calling, as the token says: subject, client, roles and (for focal points) country. Every access rule of a
 * service is a question to this record.
 */
public record Caller(String subject, String client, Set<String> roles, String country) {

    public static final Caller ANONYMOUS = new Caller("anonymous", null, Set.of(), null);

    public boolean isAdmin() {
        return roles.contains("tip-admin");
    }

    public boolean isAnalyst() {
        return roles.contains("tip-analyst");
    }

    /** The questionnaire service's own account, the only one that publishes accepted answers to the registry. */
    public boolean isPublisher() {
        return roles.contains("tip-publisher");
    }

    public boolean isFocalPoint() {
        return roles.contains("focal-point") && country != null;
    }

    /** Restricted instruments are seen by the secretariat, analysts and the owning country only. */
    public boolean seesRestrictedOf(String instrumentCountry) {
        return isAdmin() || isAnalyst() || (isFocalPoint() && country.equals(instrumentCountry));
    }

    /** The secretariat writes for any country; a focal point only for its own. */
    public boolean writesFor(String instrumentCountry) {
        return isAdmin() || (isFocalPoint() && country.equals(instrumentCountry));
    }
}

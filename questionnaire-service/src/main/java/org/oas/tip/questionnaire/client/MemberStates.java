package org.oas.tip.questionnaire.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.RemoteFailure;

import java.util.List;

/** The active member states a new cycle assigns, read from the registry; a registry that does not answer is a 503. */
@ApplicationScoped
public class MemberStates {

    private final MemberStatesClient registry;

    public MemberStates(@RestClient MemberStatesClient registry) {
        this.registry = registry;
    }

    public List<String> active() {
        try {
            return registry.list(true).stream().filter(MemberStatesClient.Country::active).map(MemberStatesClient.Country::iso3).toList();
        } catch (RuntimeException e) {
            throw Problems.unavailable("The registry did not give the list of member states: " + RemoteFailure.words("the registry", e));
        }
    }
}

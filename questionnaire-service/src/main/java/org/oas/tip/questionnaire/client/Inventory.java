package org.oas.tip.questionnaire.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.RemoteFailure;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a country's instruments in force from the registry, every page. A registry that does not answer is a 503:
 * a cycle is not opened on a partial inventory.
 */
@ApplicationScoped
public class Inventory {

    static final int PAGE = 500;
    /** Bounds the pages read for one country, against a cursor that never ends. */
    private static final int MAX_PAGES = 1000;

    private final InventoryClient registry;

    public Inventory(@RestClient InventoryClient registry) {
        this.registry = registry;
    }

    /** The country's IN_FORCE instruments, in the registry's order (by id). */
    public List<JsonNode> inForce(String country) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                InventoryClient.Page answer = registry.list(country, "IN_FORCE", PAGE, cursor);
                if (answer.items() != null) {
                    all.addAll(answer.items());
                }
                cursor = answer.next();
                if (cursor == null || cursor.isBlank()) {
                    return all;
                }
            }
            throw new IllegalStateException("more than " + MAX_PAGES + " pages");
        } catch (RuntimeException e) {
            throw Problems.unavailable("The registry did not give the inventory of " + country
                    + " to pre-fill the cycle (" + RemoteFailure.words("the registry", e) + "); nothing was created, try again");
        }
    }
}

package org.oas.tip.registry.rest;

import org.oas.tip.defaults.Caller;
import org.oas.tip.registry.repository.InstrumentFilter;

import java.util.List;
import java.util.Map;

/** The filter a list request's query makes for a caller, as the resource makes it: for tests that call the service directly. */
public final class TestListParams {

    private TestListParams() {
    }

    /** @param query cycle, asOf, country, kind, status (one value each) */
    public static InstrumentFilter filter(Map<String, String> query, Caller caller) {
        ListParams params = new ListParams();
        params.cycle = query.get("cycle");
        params.asOf = query.get("asOf");
        params.country = one(query.get("country"));
        params.kind = one(query.get("kind"));
        params.status = one(query.get("status"));
        return params.toFilter(caller);
    }

    private static List<String> one(String value) {
        return value == null ? null : List.of(value);
    }
}

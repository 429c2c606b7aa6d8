package org.oas.tip.registry.repository;

import org.oas.tip.registry.InForce;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.instrument.ChannelAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL condition and parameters of an {@link InstrumentFilter} over {@code instrument i}. */
final class InstrumentQuery {

    static final String TEXT_CONDITION = "i.search @@ (select tip_search_query(:text))";

    final List<String> conditions = new ArrayList<>();
    final Map<String, Object> params = new HashMap<>();

    InstrumentQuery(InstrumentFilter f) {
        if (f.countries() != null && !f.countries().isEmpty()) {
            add("i.country in (:countries)", "countries", f.countries());
        }
        if (f.subregion() != null) {
            add("i.country in (select c.iso3 from country c where c.subregion = :subregion)", "subregion", f.subregion().name());
        }
        if (f.kinds() != null && !f.kinds().isEmpty()) {
            add("i.kind in (:kinds)", "kinds", f.kinds().stream().map(InstrumentKind::name).toList());
        }
        if (f.channelType() != null) {
            add("i.channel_type = :channelType", "channelType", f.channelType().name());
        }
        if (f.features() != null && !f.features().isEmpty()) {
            add("i.features @> cast(:features as varchar[])", "features",
                    "{" + String.join(",", f.features().stream().map(ChannelAttributes.Feature::name).toList()) + "}");
        }
        if (f.sphere() != null) {
            add("i.unit_sphere = :sphere", "sphere", f.sphere().name());
        }
        // a period overlaps [yearFrom, yearTo]; an instrument with one year has the period [year, year]
        if (f.yearFrom() != null) {
            add("coalesce(i.year_end, i.year_start) >= :yearFrom", "yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            add("i.year_start <= :yearTo", "yearTo", f.yearTo());
        }
        if (f.inForceAt() != null) {
            add(InForce.SQL, "inForceYear", f.inForceAt().getYear());
            params.put("inForceAt", f.inForceAt());
        }
        if (f.updatedAfter() != null) {
            add("i.updated_at > :updatedAfter", "updatedAfter", f.updatedAfter());
        }
        if (!f.seesWithdrawn() && !f.tombstones()) {
            conditions.add("i.status <> 'WITHDRAWN'");
        }
        if (!f.readsVersions()) {
            // with asOf or cycle the status is the version's (InstrumentRepository.pageVersions)
            add("i.status in (:statuses)", "statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (f.verified() != null) {
            add("i.verified = :verified", "verified", f.verified());
        }
        if (f.foundOnline() != null) {
            add("i.found_online = :foundOnline", "foundOnline", f.foundOnline());
        }
        if (f.text() != null && !f.text().isBlank()) {
            // a scalar subquery is computed once per statement, also under a prepared statement's generic plan
            add(TEXT_CONDITION, "text", f.text());
        }
        if (!f.restrictedAll()) {
            if (f.restrictedOf() != null) {
                add("(i.confidentiality = 'PUBLIC' or i.country = :restrictedOf)", "restrictedOf", f.restrictedOf());
            } else {
                conditions.add("i.confidentiality = 'PUBLIC'");
            }
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
    }

    String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }
}

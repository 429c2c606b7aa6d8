package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.Provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and writes instruments; lists are keyset-paginated by id, searches ranked by full-text relevance. */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepository<Instrument> {

    /** How many matches of a full-text query are ranked at most (see {@link #search}). */
    static final int RANK_CANDIDATES = 1000;

    /** Up to {@code limit} instruments after {@code afterId}, in id order. */
    @SuppressWarnings("unchecked")
    public List<Instrument> page(InstrumentFilter filter, long afterId, int limit) {
        InstrumentQuery q = new InstrumentQuery(filter);
        Query query = getEntityManager().createNativeQuery(
                "select i.* from instrument i where " + q.where() + " and i.id > :afterId order by i.id limit :limit", Instrument.class);
        q.params.forEach(query::setParameter);
        return query.setParameter("afterId", afterId).setParameter("limit", limit).getResultList();
    }

    /** An instrument's id and the stored view of one of its versions. */
    public record VersionRow(long id, String data) {
    }

    /**
     * Up to {@code limit} instruments after {@code afterId}, in id order, each in a version: with {@code asOf} the latest
     * recorded version valid then (none: the instrument did not exist then and is left out); with {@code cycle} only
     * instruments that cycle reported or confirmed, in the revision it established (or, with asOf too, the one valid then).
     * The status filter is the version's; visibility uses the current row.
     */
    @SuppressWarnings("unchecked")
    public List<VersionRow> pageVersions(InstrumentFilter filter, long afterId, int limit) {
        InstrumentQuery q = new InstrumentQuery(filter);
        StringBuilder sql = new StringBuilder("select i.id, cast(v.data as text) from instrument i ");
        if (filter.cycle() != null) {
            sql.append("join instrument_cycle c on c.instrument_id = i.id and c.cycle = :cycle ");
            q.params.put("cycle", filter.cycle());
        }
        sql.append("join lateral (select v.data from instrument_version v where v.instrument_id = i.id and ");
        if (filter.asOf() != null) {
            sql.append("(v.valid_from is null or v.valid_from <= :asOf) ");
            q.params.put("asOf", filter.asOf());
        } else {
            sql.append("v.revision = c.revision ");
        }
        sql.append("order by v.revision desc limit 1) v on true where ").append(q.where())
                .append(" and coalesce(v.data ->> 'status', 'IN_FORCE') in (:statuses) and i.id > :afterId order by i.id limit :limit");
        Query query = getEntityManager().createNativeQuery(sql.toString());
        q.params.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("statuses", filter.statuses().stream().map(Enum::name).toList())
                .setParameter("afterId", afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new VersionRow(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** A ranked hit: the instrument and its relevance. */
    public record Hit(Instrument instrument, double rank) {
    }

    /**
     * The best {@code limit} matches of a full-text query, titles weighing more than institutions. No total count is
     * taken, and for very common words only the first {@value #RANK_CANDIDATES} matches are ranked: ranking every one
     * of hundreds of thousands of matches is what makes a search slow, and a user refines such a query anyway.
     * The query is built once (a materialized CTE), so a prepared statement's generic plan cannot rebuild it per row.
     */
    @SuppressWarnings("unchecked")
    public List<Hit> search(InstrumentFilter filter, int limit) {
        InstrumentQuery q = new InstrumentQuery(filter);
        String where = q.where().replace(InstrumentQuery.TEXT_CONDITION, "i.search @@ query.q");
        Query query = getEntityManager().createNativeQuery("with query as materialized (select tip_search_query(:text) as q) "
                + "select m.id, ts_rank_cd(m.search, query.q, 1) as rank from query, "
                + "(select i.id, i.search from instrument i, query where " + where + " limit " + RANK_CANDIDATES + ") m "
                + "order by rank desc, m.id limit :limit");
        q.params.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("limit", limit).getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Instrument> byId = list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        return rows.stream().map(r -> new Hit(byId.get(((Number) r[0]).longValue()), ((Number) r[1]).doubleValue())).toList();
    }

    /** The instruments the answers of one country in one cycle created. */
    public List<Instrument> answersOf(String cycle, String country) {
        return list("provenance.source = ?1 and provenance.cycle = ?2 and country = ?3", Provenance.Source.CYCLE_ANSWER, cycle, country);
    }

    /** The instrument a questionnaire answer was published as, if any. */
    public Optional<Instrument> findByProvenance(String cycle, String country, String question, int position) {
        return find("provenance.source = ?1 and provenance.cycle = ?2 and country = ?3 and provenance.question = ?4 "
                + "and provenance.position = ?5", Provenance.Source.CYCLE_ANSWER, cycle, country, question, position)
                .firstResultOptional();
    }
}

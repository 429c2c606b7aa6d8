package org.oas.tip.registry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentCycle;
import org.oas.tip.registry.InstrumentVersion;
import org.oas.tip.registry.Provenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and writes instruments; lists are keyset-paginated by id, searches ranked by full-text relevance. */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepository<Instrument> {

    /** How many matches of a full-text query are ranked at most (see {@link #search}). */
    static final int RANK_CANDIDATES = 1000;

    /** A version read's status filter: the status of the version shown (v), not of the current row. */
    private static final String VERSION_STATUS = "coalesce(v.data ->> 'status', 'IN_FORCE') in (:statuses)";

    /** Up to {@code limit} instruments after {@code afterId}, in id order. */
    @SuppressWarnings("unchecked")
    public List<Instrument> page(InstrumentFilter filter, long afterId, int limit) {
        InstrumentQuery q = new InstrumentQuery(filter);
        Query query = getEntityManager().createNativeQuery(
                "select i.* from instrument i where " + q.where() + " and i.id > :afterId order by i.id limit :limit", Instrument.class);
        q.params.forEach(query::setParameter);
        return query.setParameter("afterId", afterId).setParameter("limit", limit).getResultList();
    }

    /**
     * An instrument's id, the stored view of one of its versions and in a cycle read its row of that cycle (the cycles
     * that reported each instrument come from {@link InstrumentCycleRepository#readOf}, one query per page). A read of
     * renderings gives the version's rendering ({@code rendered}, {@code cyclesAt}: see {@code VersionRenderer}) and its
     * country instead of its data, or its data when it has none of this view shape.
     */
    public record VersionRow(long id, String data, InstrumentCycleRepository.WithOrigin entry, String country, String rendered,
                             Integer cyclesAt) {

        public VersionRow(long id, String data, InstrumentCycleRepository.WithOrigin entry) {
            this(id, data, entry, null, null, null);
        }
    }

    /**
     * Up to {@code limit} instruments after {@code afterId}, in id order, each in a version: with {@code asOf} the latest
     * recorded version valid then (none: the instrument did not exist then and is left out); with {@code cycle} only
     * instruments that cycle reported, confirmed or had attached, in the revision it established (or, with asOf too, the
     * one valid then), each with its row of the cycle. The status filter is the version's; visibility uses the current row.
     */
    public List<VersionRow> pageVersions(InstrumentFilter filter, long afterId, int limit) {
        return pageVersions(filter, afterId, limit, null);
    }

    /**
     * The same page; with {@code shape} (the view shape of this build) each version's rendering of that shape instead of its
     * data, the data only of versions without one.
     */
    public List<VersionRow> pageVersions(InstrumentFilter filter, long afterId, int limit, Integer shape) {
        return filter.cycle() == null ? asOfPage(filter, afterId, limit, shape) : cyclePage(filter, afterId, limit, shape);
    }

    /** The columns of a version read of the version {@code v}: its data, or with a shape its rendering of that shape. */
    private static String versionColumns(Integer shape) {
        return shape == null ? "cast(v.data as text) as data"
                : "case when v.rendered_shape = :shape and v.rendered is not null then null else cast(v.data as text) end as data, "
                + "case when v.rendered_shape = :shape then v.rendered end as rendered, v.rendered_cycles_at as cycles_at, "
                + "i.country";
    }

    private static void addVersionScalars(NativeQuery<Object[]> query, Integer shape) {
        query.addScalar("data", String.class);
        if (shape != null) {
            query.addScalar("rendered", String.class).addScalar("cycles_at", Integer.class).addScalar("country", String.class)
                    .setParameter("shape", shape);
        }
    }

    /** The version read's columns of a row, after the instrument id: data, then with a shape rendering, cyclesAt, country. */
    private static VersionRow versionRow(Object[] r, InstrumentCycleRepository.WithOrigin entry, Integer shape) {
        return shape == null ? new VersionRow((Long) r[0], (String) r[1], entry)
                : new VersionRow((Long) r[0], (String) r[1], entry, (String) r[4], (String) r[2], (Integer) r[3]);
    }

    /** The versions valid on {@code asOf}: walks the instruments in id order, the latest such version of each. */
    @SuppressWarnings("unchecked")
    private List<VersionRow> asOfPage(InstrumentFilter filter, long afterId, int limit, Integer shape) {
        InstrumentQuery q = new InstrumentQuery(filter);
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("select i.id, " + versionColumns(shape)
                + " from instrument i join lateral (select v.data, v.rendered, v.rendered_cycles_at, v.rendered_shape "
                + "from instrument_version v where v.instrument_id = i.id and (v.valid_from is null or v.valid_from <= :asOf) "
                + "order by v.revision desc limit 1) v on true where " + q.where() + " and " + VERSION_STATUS
                + " and i.id > :afterId order by i.id limit :limit").unwrap(NativeQuery.class);
        query.addScalar("id", Long.class);
        addVersionScalars(query, shape);
        q.params.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("asOf", filter.asOf()).setParameter("statuses", statuses(filter))
                .setParameter("afterId", afterId).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> versionRow(r, null, shape)).toList();
    }

    /**
     * The instrument of a cycle's row, looked up by its key row by row ({@code offset 0} keeps the planner from flattening
     * it): with a filter on the instrument (countries, kinds...) the planner would otherwise hash-join every remaining row
     * of the cycle and sort them for each page (170 ms instead of 35 ms for a page of a third of the countries in a cycle
     * of 35,000 instruments).
     */
    private static final String CYCLE_INSTRUMENT = "join lateral (select i.* from instrument i where i.id = c.instrument_id offset 0) i on true";

    /**
     * One page of a cycle read, driven by the cycle's rows (index instrument_cycle_cycle, keyset on the instrument id), so
     * instruments of other cycles are never read: each row's version is the one it established, found by its key (with
     * asOf: the latest valid then), and the row itself and that version's origin come along for the cycleEntry.
     */
    @SuppressWarnings("unchecked")
    private List<VersionRow> cyclePage(InstrumentFilter filter, long afterId, int limit, Integer shape) {
        InstrumentQuery q = new InstrumentQuery(filter);
        StringBuilder sql = new StringBuilder("select c.instrument_id, ").append(versionColumns(shape)).append(", c.question, c.position, "
                + "c.action, c.revision, c.recorded_at, c.reason, c.previous_revision, c.attached_by, c.attached_at, ");
        if (filter.asOf() == null) {
            // the version the cycle established is the one shown, found by its key; a lateral lookup, so that the planner
            // does not merge-join the cycle's rows with every version in id order (other cycles' and desk research's too)
            sql.append("v.origin from instrument_cycle c ").append(CYCLE_INSTRUMENT).append(" join lateral "
                    + "(select v.data, v.origin, v.rendered, v.rendered_cycles_at, v.rendered_shape from instrument_version v "
                    + "where v.instrument_id = c.instrument_id and v.revision = c.revision limit 1) v on true ");
        } else {
            // the one shown is the latest valid on asOf; the origin is still that of the version the cycle established
            sql.append("e.origin from instrument_cycle c ").append(CYCLE_INSTRUMENT).append(" join lateral "
                    + "(select v.data, v.rendered, v.rendered_cycles_at, v.rendered_shape from instrument_version v "
                    + "where v.instrument_id = c.instrument_id and (v.valid_from is null or v.valid_from <= :asOf) "
                    + "order by v.revision desc limit 1) v on true "
                    + "left join instrument_version e on e.instrument_id = c.instrument_id and e.revision = c.revision ");
            q.params.put("asOf", filter.asOf());
        }
        // the keyset on both sides of the join: the planner does not carry an inequality across i.id = c.instrument_id
        sql.append("where c.cycle = :cycle and c.instrument_id > :afterId and i.id > :afterId and ").append(q.where()).append(" and ")
                .append(VERSION_STATUS).append(" order by c.instrument_id limit :limit");
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
        query.addScalar("instrument_id", Long.class);
        addVersionScalars(query, shape);
        query.addScalar("question", String.class)
                .addScalar("position", Integer.class).addScalar("action", String.class).addScalar("revision", Integer.class)
                .addScalar("recorded_at", OffsetDateTime.class).addScalar("reason", String.class)
                .addScalar("previous_revision", Integer.class).addScalar("attached_by", String.class)
                .addScalar("attached_at", OffsetDateTime.class).addScalar("origin", String.class);
        q.params.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("cycle", filter.cycle()).setParameter("statuses", statuses(filter))
                .setParameter("afterId", afterId).setParameter("limit", limit).getResultList();
        int first = shape == null ? 2 : 5; // the cycle's columns after the version's
        return rows.stream().map(r -> versionRow(r, cycleRow(filter.cycle(), r, first), shape)).toList();
    }

    /** The cycle's row as read by {@link #cyclePage}, its columns from {@code first} on (not managed: a read, never written back). */
    private static InstrumentCycleRepository.WithOrigin cycleRow(String cycle, Object[] r, int first) {
        InstrumentCycle row = new InstrumentCycle();
        row.instrumentId = (Long) r[0];
        row.cycle = cycle;
        row.question = (String) r[first];
        row.position = (Integer) r[first + 1];
        row.action = InstrumentCycle.Action.valueOf((String) r[first + 2]);
        row.revision = (Integer) r[first + 3];
        row.recordedAt = (OffsetDateTime) r[first + 4];
        row.reason = (String) r[first + 5];
        row.previousRevision = (Integer) r[first + 6];
        row.attachedBy = (String) r[first + 7];
        row.attachedAt = (OffsetDateTime) r[first + 8];
        String origin = (String) r[first + 9];
        return new InstrumentCycleRepository.WithOrigin(row, origin == null ? null : InstrumentVersion.Origin.valueOf(origin));
    }

    private static List<String> statuses(InstrumentFilter filter) {
        return filter.statuses().stream().map(Enum::name).toList();
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

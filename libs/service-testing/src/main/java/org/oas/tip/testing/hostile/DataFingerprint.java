package org.oas.tip.testing.hostile;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a refused request must leave as it was: the row count of every table of the service's database and the sum of
 * its {@code version} column where it has one, read in one statement through the test datasource.
 */
public final class DataFingerprint {

    private final DataSource dataSource;
    private String query;

    public DataFingerprint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** table -> "rows/sum of versions". */
    public Map<String, String> read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (query == null) {
                query = buildQuery(s);
            }
            Map<String, String> out = new LinkedHashMap<>();
            if (query.isEmpty()) {
                return out;
            }
            try (ResultSet r = s.executeQuery(query)) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2) + "/" + r.getString(3));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data fingerprint", e);
        }
    }

    /** The tables whose figures differ, as "table: before -> after". */
    public static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        for (String table : before.keySet()) {
            if (!Objects.equals(before.get(table), after.get(table))) {
                out.add(table + ": " + before.get(table) + " -> " + after.get(table));
            }
        }
        return out;
    }

    private static String buildQuery(Statement s) throws SQLException {
        Map<String, Boolean> tables = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery("""
                select t.table_schema || '.' || t.table_name,
                       exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
                               and c.table_name = t.table_name and c.column_name = 'version'
                               and c.data_type in ('integer', 'bigint', 'smallint'))
                from information_schema.tables t
                where t.table_type = 'BASE TABLE' and t.table_schema not in ('pg_catalog', 'information_schema')
                  and t.table_name <> 'flyway_schema_history'
                order by 1""")) {
            while (r.next()) {
                tables.put(r.getString(1), r.getBoolean(2));
            }
        }
        List<String> parts = new ArrayList<>();
        tables.forEach((table, versioned) -> parts.add("select '" + table + "', count(*), "
                + (versioned ? "coalesce(sum(version), 0)::text" : "'-'") + " from " + quote(table)));
        return String.join(" union all ", parts);
    }

    private static String quote(String qualified) {
        String[] parts = qualified.split("\\.", 2);
        return "\"" + parts[0] + "\".\"" + parts[1] + "\"";
    }
}

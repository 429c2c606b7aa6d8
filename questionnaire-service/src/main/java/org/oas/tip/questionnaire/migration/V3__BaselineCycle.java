package org.oas.tip.questionnaire.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 2015-2018 baseline (see QUESTIONNAIRE-NOTES.md): the 2016 questionnaire and the structured one for the next
 * cycle, both published; the 2015-2018 cycle bound to the 2016 questionnaire with one assignment per active member
 * state (33 accepted, Nicaragua never started) and the general extension to 2017-02-28; and the values the report
 * attributes to named countries, as coded answers against the structured questionnaire.
 */
public class V3__BaselineCycle extends BaseJavaMigration {

    /** The 34 active OAS member states of the 2015-2018 exercise (Cuba does not take part). */
    static final List<String> ACTIVE = List.of("ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI",
            "DMA", "DOM", "ECU", "SLV", "USA", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER",
            "KNA", "LCA", "VCT", "SUR", "TTO", "URY", "VEN");
    /** The only active member state that did not answer (BASELINE-DATA-NOTES.md of the registry). */
    static final String NON_RESPONDENT = "NIC";
    static final String EXTENDED_DEADLINE = "2017-02-28";
    static final String EXTENSION_REASON = "General extension of the 2016-12-14 deadline to 2017-02-28 (2015-2018 report, Methodology)";
    static final String IMPORTER = "baseline-import";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        long q2016 = insertQuestionnaire(c, "/baseline/questionnaire-2016.json");
        insertQuestionnaire(c, "/baseline/questionnaire-structured.json");
        long cycle;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("update reporting_cycle set questionnaire_id = " + q2016
                     + " where code = '2015-2018' returning id")) {
            rs.next();
            cycle = rs.getLong(1);
        }
        Map<String, Long> assignments = insertAssignments(c, cycle);
        insertCodedAnswers(c, assignments);
    }

    private long insertQuestionnaire(Connection c, String resource) throws IOException, SQLException {
        JsonNode definition;
        try (InputStream in = open(resource)) {
            definition = json.readTree(in);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into questionnaire (code, version_label, status, title_en, definition, "
                + "published_at) values (?, ?, 'PUBLISHED', ?, ?::jsonb, now()) returning id")) {
            ps.setString(1, definition.path("code").asText());
            ps.setString(2, definition.path("version").asText());
            ps.setString(3, definition.path("title").path("en").asText());
            ps.setString(4, json.writeValueAsString(definition));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Long> insertAssignments(Connection c, long cycle) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement a = c.prepareStatement("insert into assignment (cycle_id, country, status, deadline, accepted_at) "
                + "values (?, ?, ?, date '" + EXTENDED_DEADLINE + "', ?) returning id");
             PreparedStatement e = c.prepareStatement("insert into extension (assignment_id, new_deadline, reason, granted_by) "
                     + "values (?, date '" + EXTENDED_DEADLINE + "', ?, ?)")) {
            for (String country : ACTIVE) {
                boolean answered = !NON_RESPONDENT.equals(country);
                a.setLong(1, cycle);
                a.setString(2, country);
                a.setString(3, answered ? "ACCEPTED" : "NOT_STARTED");
                // the report gives no acceptance dates; its publication year stands for them
                a.setObject(4, answered ? OffsetDateTime.parse("2018-01-01T00:00:00Z") : null);
                try (ResultSet rs = a.executeQuery()) {
                    rs.next();
                    ids.put(country, rs.getLong(1));
                }
                e.setLong(1, ids.get(country));
                e.setString(2, EXTENSION_REASON);
                e.setString(3, IMPORTER);
                e.addBatch();
            }
            e.executeBatch();
        }
        return ids;
    }

    private void insertCodedAnswers(Connection c, Map<String, Long> assignments) throws IOException, SQLException {
        try (Reader csv = new InputStreamReader(open("/baseline/answers-2015-2018.csv"), StandardCharsets.UTF_8);
             PreparedStatement ps = c.prepareStatement("insert into coded_answer (assignment_id, link_id, repeat_index, value, "
                     + "source, coded_by) values (?, ?, ?, ?::jsonb, ?, ?)")) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                Long assignment = Objects.requireNonNull(assignments.get(row.get("country")), "unknown country " + row.get("country"));
                ps.setLong(1, assignment);
                ps.setString(2, row.get("link_id"));
                String index = row.get("repeat_index");
                ps.setObject(3, index == null || index.isBlank() ? null : Integer.valueOf(index));
                ps.setString(4, json.writeValueAsString(typed(row.get("value"))));
                ps.setString(5, "2015-2018 report, " + row.get("source"));
                ps.setString(6, IMPORTER);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** CSV values are text; numbers and booleans are stored as JSON numbers and booleans. */
    private static Object typed(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(value);
        }
        return value;
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(V3__BaselineCycle.class.getResourceAsStream(resource), resource + " is missing");
    }
}

package org.oas.tip.registry.migration.baseline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writes the baseline rows with plain JDBC batches: the instruments, their successor links and one IMPORTED change each. */
public final class InstrumentBatch {

    private static final String INSERT = "insert into instrument (id, country, kind, title, title_en, language, institution,"
            + " year_start, year_end, link, found_online, confidentiality, provenance_source, provenance_cycle, provenance_question,"
            + " provenance_note,"
            + " verified, body_model, chair_institution, chair_public_security, established_by, public_institution_count,"
            + " civil_society_included, civil_society_count, gender_entity_member, approaches, head_sex, legal_path, law_number,"
            + " amendments, plan_type, gender_perspective, channel_type, channel_topic, contact, features, protocol_kind,"
            + " target_population, unit_sphere, system_model, system_design, system_sources, public_access, public_reports,"
            + " shelter_provider, shelter_exclusive, accepts_children)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC', 'REPORT_BASELINE', '2015-2018', ?, ?, false,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SUCCESSOR = "update instrument set successor_id = ? where id = ?";
    private static final String CHANGE = "insert into instrument_change (instrument_id, action, subject, after)"
            + " values (?, 'IMPORTED', 'baseline-import', ?::jsonb)";

    private final Connection connection;

    public InstrumentBatch(Connection connection) {
        this.connection = connection;
    }

    public void write(List<InstrumentRow> rows) throws SQLException {
        allocateIds(rows);
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (InstrumentRow row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // a successor may come later in the list, so the links are set once every row exists (the foreign key is not deferrable)
        try (PreparedStatement ps = connection.prepareStatement(SUCCESSOR)) {
            for (InstrumentRow row : rows) {
                if (row.successor != null) {
                    ps.setLong(1, row.successor.id);
                    ps.setLong(2, row.id);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        ChangeJson json = new ChangeJson();
        try (PreparedStatement ps = connection.prepareStatement(CHANGE)) {
            for (InstrumentRow row : rows) {
                ps.setLong(1, row.id);
                ps.setString(2, json.after(row));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Ids come from the identity sequence up front, so that successor links and history can refer to them. */
    private void allocateIds(List<InstrumentRow> rows) throws SQLException {
        String sql = "select nextval(pg_get_serial_sequence('instrument', 'id')) from generate_series(1, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, rows.size());
            try (ResultSet ids = ps.executeQuery()) {
                for (InstrumentRow row : rows) {
                    ids.next();
                    row.id = ids.getLong(1);
                }
            }
        }
    }

    private void bind(PreparedStatement ps, InstrumentRow r) throws SQLException {
        if (r.title == null || r.title.isBlank() || r.provenanceNote().length() > 2000) {
            throw new IllegalStateException("baseline row without a title or with a note over 2000 characters: " + r.title);
        }
        Object[] values = {r.id, r.country, r.kind, r.title, r.titleEn, r.language, r.institution, r.yearStart, r.yearEnd,
            r.link, r.foundOnline, r.source(), r.provenanceNote(), r.bodyModel, r.chairInstitution, r.chairPublicSecurity,
            r.establishedBy, r.publicInstitutionCount, r.civilSocietyIncluded, r.civilSocietyCount, r.genderEntityMember,
            array(r.approaches), r.headSex, r.legalPath, r.lawNumber, r.amendments, r.planType, r.genderPerspective,
            r.channelType, r.channelTopic, r.contact, array(r.features), r.protocolKind, r.targetPopulation, r.unitSphere,
            r.systemModel, r.systemDesign, r.systemSources, r.publicAccess, r.publicReports, r.shelterProvider,
            r.shelterExclusive, r.acceptsChildren};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, values[i]);
            }
        }
    }

    private Array array(List<String> values) throws SQLException {
        return values == null ? null : connection.createArrayOf("varchar", values.toArray());
    }
}

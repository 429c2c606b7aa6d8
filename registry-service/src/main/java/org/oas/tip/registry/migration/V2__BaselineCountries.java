package org.oas.tip.registry.migration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.Objects;

/** Loads the 35 OAS member states from {@code baseline/countries.csv} (see BASELINE-DATA-NOTES.md). */
public class V2__BaselineCountries extends BaseJavaMigration {

    static final String CSV = "/baseline/countries.csv";

    @Override
    public void migrate(Context context) throws Exception {
        String insert = "insert into country (iso3, name_en, name_es, name_fr, name_pt, subregion, active) values (?, ?, ?, ?, ?, ?, ?)";
        try (Reader csv = open(); PreparedStatement ps = context.getConnection().prepareStatement(insert)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                ps.setString(1, row.get("iso3"));
                ps.setString(2, row.get("name_en"));
                ps.setString(3, row.get("name_es"));
                ps.setString(4, row.get("name_fr"));
                ps.setString(5, row.get("name_pt"));
                ps.setString(6, row.get("subregion"));
                ps.setBoolean(7, Boolean.parseBoolean(row.get("active")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Reader open() throws IOException {
        var in = Objects.requireNonNull(V2__BaselineCountries.class.getResourceAsStream(CSV), CSV + " is missing");
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

package org.oas.tip.questionnaire.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.Objects;

/**
 * Publishes {@code oas-tip-structured} version 2: version 1 (the baseline file, left as it is for the cycles bound to
 * it) with the reserved items of {@link ReservedItems} on every instrument group, so that a cycle opened on it is
 * pre-filled with each country's inventory and reconciled with the registry on acceptance.
 */
public class V8__StructuredQuestionnaireV2 extends BaseJavaMigration {

    static final String VERSION = "2";

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode v1;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/baseline/questionnaire-structured.json"),
                "questionnaire-structured.json is missing")) {
            v1 = json.readTree(in);
        }
        JsonNode v2 = ReservedItems.addTo(v1, VERSION);
        try (PreparedStatement ps = context.getConnection().prepareStatement("insert into questionnaire (code, version_label, "
                + "status, title_en, definition, published_at) values (?, ?, 'PUBLISHED', ?, ?::jsonb, now())")) {
            ps.setString(1, v2.path("code").asText());
            ps.setString(2, VERSION);
            ps.setString(3, v2.path("title").path("en").asText());
            ps.setString(4, json.writeValueAsString(v2));
            ps.executeUpdate();
        }
    }
}

package org.oas.tip.registry.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.oas.tip.registry.migration.baseline.BaselineMappers;
import org.oas.tip.registry.migration.baseline.InstrumentBatch;
import org.oas.tip.registry.migration.baseline.InstrumentRow;

import java.util.List;

/**
 * Loads the national instruments of the 2015-2018 progress report (the 13 appendices and the named-country facts of
 * sections A-G under {@code baseline/}, mapped as BASELINE-DATA-NOTES.md describes) as unverified REPORT_BASELINE
 * instruments, each with one IMPORTED change.
 */
public class V4__BaselineInstruments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<InstrumentRow> rows = BaselineMappers.allRows();
        new InstrumentBatch(context.getConnection()).write(rows);
    }
}

package org.oas.tip.registry.migration.baseline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The mappers of the baseline, in appendix order, and the rows they produce together. */
public final class BaselineMappers {

    private static final List<BaselineMapper> MAPPERS = List.of(
            new BodyMapper(),                   // Appendix 1
            new WebsiteMapper(),                // Appendix 2
            new PolicyPlanMapper(),             // Appendices 3 and 4
            new LawMapper(),                    // Appendix 6, D.1 Table 2
            new UnitMapper(),                   // Appendix 7, D.3
            new InvestigationProtocolMapper(),  // Appendix 8, D.4
            new HotlineMapper(),                // Appendix 9
            new PhoneLineMapper(),              // Appendices 10 and 11, E.1.2
            new SectionChannelMapper(),         // E.1, E.1.4-E.1.6
            new VictimProtocolMapper(),         // Appendix 12, E.3
            new DocumentMapper(),               // Appendices 5 and 13
            new InformationSystemMapper(),      // Section F
            new ShelterMapper());               // Section G.5

    private BaselineMappers() {
    }

    public static List<InstrumentRow> allRows() throws IOException {
        SectionFacts facts = SectionFacts.load();
        List<InstrumentRow> rows = new ArrayList<>();
        for (BaselineMapper mapper : MAPPERS) {
            rows.addAll(mapper.rows(facts));
        }
        return rows;
    }
}

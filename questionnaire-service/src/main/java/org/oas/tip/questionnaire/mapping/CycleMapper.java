package org.oas.tip.questionnaire.mapping;

import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.ReportingCycle;

/** Maps reporting cycles between the database and the API. */
public final class CycleMapper {

    private CycleMapper() {
    }

    public static CycleView toView(ReportingCycle c, Questionnaire q) {
        return new CycleView(c.code, c.title, c.opensOn, c.deadline, c.referenceDate, q == null ? null : q.code, q == null ? null : q.versionLabel,
                c.closedAt);
    }

    public static ReportingCycle toEntity(NewCycle n) {
        ReportingCycle c = new ReportingCycle();
        c.code = n.code();
        c.title = n.title();
        c.opensOn = n.opensOn();
        c.deadline = n.deadline();
        c.referenceDate = n.referenceDate();
        return c;
    }
}

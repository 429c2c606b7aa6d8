package org.oas.tip.registry.migration.baseline;

import java.io.IOException;
import java.util.List;

/** Turns one appendix (or a family of appendices and the section text about them) into instrument rows. */
public interface BaselineMapper {

    List<InstrumentRow> rows(SectionFacts facts) throws IOException;
}

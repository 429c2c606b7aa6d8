package org.oas.tip.analytics.mapping;

import org.junit.jupiter.api.Test;
import org.oas.tip.analytics.sdg.SdmxCsv;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SDMX-CSV layout a client gets for its Accept header: 2.0 only when it asks for it by the media type's version. */
class SdgCsvTest {

    @Test
    void version2OnlyWhenAskedFor() {
        assertEquals(SdmxCsv.Format.V2, SdgCsv.format(List.of("application/vnd.sdmx.data+csv; version=2.0.0")));
        assertEquals(SdmxCsv.Format.V2, SdgCsv.format(List.of("text/html, application/vnd.sdmx.data+csv;version=2.0")));
        assertEquals(SdmxCsv.Format.V2, SdgCsv.format(List.of("application/vnd.sdmx.data+csv; version=\"2.0.0\"; q=0.9")));
        assertEquals(SdmxCsv.Format.V1, SdgCsv.format(List.of("application/vnd.sdmx.data+csv; version=1.0.0")));
        assertEquals(SdmxCsv.Format.V1, SdgCsv.format(List.of("application/vnd.sdmx.data+csv")));
        assertEquals(SdmxCsv.Format.V1, SdgCsv.format(List.of("text/csv")));
        assertEquals(SdmxCsv.Format.V1, SdgCsv.format(List.of("text/csv; version=2.0.0")));
        assertEquals(SdmxCsv.Format.V1, SdgCsv.format(null));
    }
}

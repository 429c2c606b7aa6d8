package org.oas.tip.analytics.mapping;

import org.oas.tip.analytics.sdg.SdgResult;
import org.oas.tip.analytics.sdg.SdmxCsv;

/** SDG 16.2.2 views written as SDMX-CSV. */
public final class SdgCsv {

    /** The SDMX-CSV media type, for clients that ask for it rather than plain CSV. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    private SdgCsv() {
    }

    public static String of(SdgView view) {
        return SdmxCsv.write(new SdgResult(view.observations(), view.notes(), view.countries()), null);
    }
}

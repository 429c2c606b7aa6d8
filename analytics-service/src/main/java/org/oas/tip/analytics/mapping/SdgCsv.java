package org.oas.tip.analytics.mapping;

import org.oas.tip.analytics.sdg.SdmxCsv;

import java.util.List;

/** The media types of the SDG 16.2.2 SDMX-CSV export, and the choice between its two layouts. */
public final class SdgCsv {

    /** The SDMX-CSV media type, for clients that ask for it rather than plain CSV. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    /** A header row of the 1.0 layout, for the documents' examples. */
    public static final String EXAMPLE_V1 = "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,"
            + "INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,"
            + "PRODUCT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\n"
            + "IAEG-SDGs:DF_SDG_GLC(1.22),A,N,VC_HTF_DETV,32,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2017,153,A,0,NUMBER,C\n"
            + "IAEG-SDGs:DF_SDG_GLC(1.22),A,N,VC_HTF_DETVR,32,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2017,0.348,A,0,PER_100000_POP,CA\n";

    private SdgCsv() {
    }

    /**
     * SDMX-CSV 2.0 when one of the Accept header's values asks for {@value #SDMX_CSV} with {@code version=2...}, as SDMX
     * 3.0 tools do; 1.0 otherwise (plain {@code text/csv} included).
     */
    public static SdmxCsv.Format format(List<String> accept) {
        for (String header : accept == null ? List.<String>of() : accept) {
            for (String value : header.split(",")) {
                String v = value.replace(" ", "").toLowerCase();
                if (v.startsWith(SDMX_CSV) && (v.contains(";version=2") || v.contains(";version=\"2"))) {
                    return SdmxCsv.Format.V2;
                }
            }
        }
        return SdmxCsv.Format.V1;
    }
}

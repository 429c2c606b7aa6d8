package org.oas.tip.analytics.mapping;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oas.tip.analytics.sdg.Observation;
import org.oas.tip.analytics.sdg.SdmxCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SDG 16.2.2 as CSV: the project's own layout of the JSON's observations (form by form, regional total included), and
 * the media types and layout choice of the SDMX-CSV export.
 */
public final class SdgCsv {

    /** The SDMX-CSV media type, for clients that ask for it rather than plain CSV. */
    public static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    /** A header row of the 1.0 layout, for the documents' examples. */
    public static final String EXAMPLE_V1 = "DATAFLOW,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,URBANISATION,"
            + "INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,DISABILITY_STATUS,ACTIVITY,"
            + "PRODUCT,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,UNIT_MEASURE,NATURE\n"
            + "IAEG-SDGs:DF_SDG_GLC(1.22),A,N,VC_HTF_DETV,32,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2017,153,A,0,NUMBER,C\n"
            + "IAEG-SDGs:DF_SDG_GLC(1.22),A,N,VC_HTF_DETVR,32,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,_T,2017,0.348,A,0,PER_100000_POP,CA\n";

    /** The columns of the project's own layout, the JSON's observation fields. */
    public static final String EXAMPLE_OBSERVATIONS = "country,year,series,sex,age,exploitation,count,countNature,ratePer100k,"
            + "rateNature,population,suppressed,entries,comment\n"
            + "ARG,2017,VC_HTF_DETV,_T,_T,_T,153,C,0.348,CA,44000000,false,1;2;3,\n"
            + "ARG,2017,VC_HTF_DETVSX,F,Y0T17,SEXUAL,,C,,CA,44000000,true,3,\n";

    private static final CSVFormat OBSERVATIONS = CSVFormat.DEFAULT.builder()
            .setHeader("country", "year", "series", "sex", "age", "exploitation", "count", "countNature", "ratePer100k",
                    "rateNature", "population", "suppressed", "entries", "comment")
            .setRecordSeparator("\n").get();

    private SdgCsv() {
    }

    /** The observations of a view, one row each, as the JSON has them (a hidden count or rate is empty). */
    public static String observations(SdgView view) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, OBSERVATIONS)) {
            for (Observation o : view.observations()) {
                csv.printRecord(o.country(), o.year(), o.series(), o.sex(), o.age(), o.exploitation(), o.count(),
                        o.countNature(), o.ratePer100k(), o.rateNature(), o.population(), o.suppressed(),
                        o.entries().stream().map(String::valueOf).collect(Collectors.joining(";")), o.comment());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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

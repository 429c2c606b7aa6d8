package org.oas.tip.analytics.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sections of the progress report, as the 2015-2018 report titles them, plus the parts a comment may address. */
public final class Sections {

    /** Section letter to title, in the report's order. */
    public static final Map<String, String> TITLES;

    /** What a focal point may comment on: a section, the SDG 16.2.2 table or the appendices. */
    public static final Map<String, String> COMMENTABLE;

    static {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("A", "National Authority");
        titles.put("B", "Legislation, Policies and Plans");
        titles.put("C", "Characterization of the Crime of Trafficking in Persons");
        titles.put("D", "Prosecuting, Combating and Punishing the Crime");
        titles.put("E", "Identification, Assistance and Protection of Victims");
        titles.put("F", "Information Systems");
        titles.put("G", "Gender Perspective");
        TITLES = Collections.unmodifiableMap(titles);
        Map<String, String> commentable = new LinkedHashMap<>(titles);
        commentable.put("SDG_16_2_2", "SDG indicator 16.2.2");
        commentable.put("APPENDICES", "Appendices");
        COMMENTABLE = Collections.unmodifiableMap(commentable);
    }

    private Sections() {
    }
}

package org.oas.tip.registry.migration.baseline;

import java.util.List;
import java.util.regex.Pattern;

/** One {@code instrument} row of the baseline, filled by a mapper and written by {@link InstrumentBatch}. */
public final class InstrumentRow {

    /** The schema accepts only http(s) links; anything else printed in the report goes to the note. */
    private static final Pattern WEB_LINK = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

    public long id;
    public final String country;
    public final String kind;
    public String title;
    public String titleEn;
    public String language;
    public String institution;
    public Integer yearStart;
    public Integer yearEnd;
    public String link;
    public Boolean foundOnline;
    private final StringBuilder note;

    // INTER_AGENCY_BODY
    public String bodyModel;
    public String chairInstitution;
    public Boolean chairPublicSecurity;
    public String establishedBy;
    public Integer publicInstitutionCount;
    public Boolean civilSocietyIncluded;
    public Integer civilSocietyCount;
    public Boolean genderEntityMember;
    public List<String> approaches;
    public String headSex;
    // LAW
    public String legalPath;
    public String lawNumber;
    public String amendments;
    // NATIONAL_POLICY, PLAN (the successor is resolved to an id when the rows are written)
    public String planType;
    public InstrumentRow successor;
    public Boolean genderPerspective;
    // REPORTING_CHANNEL
    public String channelType;
    public String channelTopic;
    public String contact;
    public List<String> features;
    // PROTOCOL
    public String protocolKind;
    public String targetPopulation;
    // SPECIALIZED_UNIT
    public String unitSphere;
    // INFORMATION_SYSTEM
    public Integer systemModel;
    public String systemDesign;
    public String systemSources;
    public Boolean publicAccess;
    public Boolean publicReports;
    private final String source;

    // SHELTER
    public String shelterProvider;
    public Boolean shelterExclusive;
    public Boolean acceptsChildren;

    private InstrumentRow(String country, String kind, String source) {
        this.country = country;
        this.kind = kind;
        this.source = source;
        this.note = new StringBuilder(source);
    }

    /** Where in the report the instrument is ("Appendix 9", "Section D.3 (L807)"); stored as the provenance question. */
    public String source() {
        return source;
    }

    /** A row whose provenance note starts with its source ("Appendix 9", "Section D.3 (L807)"). */
    public static InstrumentRow of(String country, String kind, String source) {
        return new InstrumentRow(country, kind, source);
    }

    /** Sets the title and infers its language; an English rendering is kept only for a non-English title. */
    public InstrumentRow titled(String original, String english) {
        this.title = original;
        this.language = Languages.of(original);
        this.titleEn = "en".equals(language) || english == null || english.isBlank() ? null : english;
        return this;
    }

    /** Same as {@link #titled(String, String)} but with the language stated instead of inferred. */
    public InstrumentRow titled(String original, String english, String language) {
        this.title = original;
        this.language = language;
        this.titleEn = "en".equals(language) ? null : english;
        return this;
    }

    public InstrumentRow years(Integer start, Integer end) {
        this.yearStart = start;
        // a single year is stored as the start year only
        this.yearEnd = end == null || end.equals(start) ? null : end;
        return this;
    }

    /** Keeps a printed link only when it is a web address; the report gives no other evidence of being online. */
    public InstrumentRow link(String printed) {
        if (printed == null || printed.isBlank()) {
            return this;
        }
        if (WEB_LINK.matcher(printed.trim()).matches()) {
            this.link = printed.trim();
            this.foundOnline = true;
        } else {
            note("link printed as: " + printed.trim());
        }
        return this;
    }

    /** Appends a sentence to the provenance note. */
    public InstrumentRow note(String text) {
        if (text != null && !text.isBlank()) {
            note.append(note.length() == 0 ? "" : ". ").append(text.trim());
        }
        return this;
    }

    public String provenanceNote() {
        return note.toString();
    }
}

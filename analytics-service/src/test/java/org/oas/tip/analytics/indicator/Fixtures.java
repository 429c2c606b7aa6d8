package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small builders for hand-made snapshots: instruments and coded answers with the ids a test asserts. */
final class Fixtures {

    static final Instant TAKEN_AT = Instant.parse("2019-02-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** A snapshot under construction: respondents first, then rows. */
    static final class World {
        private final List<String> respondents;
        private final List<InstrumentRecord> instruments = new ArrayList<>();
        private final List<CodedAnswerRecord> answers = new ArrayList<>();
        private final List<RawAnswerRecord> raw = new ArrayList<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private String cycle = "2015-2018";
        private LocalDate referenceDate;

        World(String... respondents) {
            this.respondents = List.of(respondents);
            for (String r : respondents) {
                names.put(r, "Country " + r);
            }
        }

        World cycle(String cycle) {
            this.cycle = cycle;
            return this;
        }

        /** The cycle's reference date, frozen in the snapshot (none by default: the old guess from the cycle's name). */
        World referenceDate(String date) {
            this.referenceDate = LocalDate.parse(date);
            return this;
        }

        World add(InstrumentRecord... records) {
            instruments.addAll(List.of(records));
            return this;
        }

        World add(Instrument... builders) {
            for (Instrument b : builders) {
                instruments.add(b.build());
            }
            return this;
        }

        World answer(long id, String country, String linkId, Object value) {
            return answer(id, country, linkId, null, value);
        }

        World answer(long id, String country, String linkId, Integer repeatIndex, Object value) {
            answers.add(new CodedAnswerRecord(id, country, linkId, repeatIndex, JSON.valueToTree(value), "test"));
            return this;
        }

        /** A respondent's raw answer at {@code pointer} of its answers document. */
        World raw(String country, String linkId, String pointer, Object value) {
            raw.add(new RawAnswerRecord(country, linkId, pointer, JSON.valueToTree(value)));
            return this;
        }

        Snapshot snapshot() {
            return new Snapshot(cycle, TAKEN_AT, instruments, answers, respondents, names).withRawAnswers(raw)
                    .withReferenceDate(referenceDate);
        }
    }

    static Instrument instrument(long id, String country, String kind) {
        return new Instrument(id, country, kind);
    }

    /** An instrument under construction; only the detail group of its kind is usually set. */
    static final class Instrument {
        private final long id;
        private final String country;
        private final String kind;
        private String title = "title";
        private String institution;
        private Integer yearStart;
        private Integer yearEnd;
        private String link;
        private Boolean foundOnline;
        private InstrumentRecord.Body body;
        private InstrumentRecord.Law law;
        private InstrumentRecord.Plan plan;
        private InstrumentRecord.Channel channel;
        private InstrumentRecord.Protocol protocol;
        private InstrumentRecord.Unit unit;
        private InstrumentRecord.InformationSystem system;
        private InstrumentRecord.Shelter shelter;
        private String status;
        private LocalDate statusDate;

        private Instrument(long id, String country, String kind) {
            this.id = id;
            this.country = country;
            this.kind = kind;
        }

        Instrument title(String title) {
            this.title = title;
            return this;
        }

        Instrument institution(String institution) {
            this.institution = institution;
            return this;
        }

        Instrument years(Integer start, Integer end) {
            this.yearStart = start;
            this.yearEnd = end;
            return this;
        }

        /** The registry's status and the date it changed (null: in force from the start). */
        Instrument status(String status, String date) {
            this.status = status;
            this.statusDate = date == null ? null : LocalDate.parse(date);
            return this;
        }

        Instrument online(String link) {
            this.link = link;
            this.foundOnline = link != null;
            return this;
        }

        Instrument body(Body body) {
            this.body = body.build();
            return this;
        }

        Instrument law(String legalPath) {
            this.law = new InstrumentRecord.Law(legalPath);
            return this;
        }

        Instrument plan(String planType, Long successorId, Boolean genderPerspective) {
            this.plan = new InstrumentRecord.Plan(planType, successorId, genderPerspective);
            return this;
        }

        Instrument channel(String type, String topic, String contact, String... features) {
            this.channel = new InstrumentRecord.Channel(type, topic, contact, features.length == 0 ? null : Set.of(features));
            return this;
        }

        Instrument protocol(String kind) {
            this.protocol = new InstrumentRecord.Protocol(kind);
            return this;
        }

        Instrument unit(String sphere) {
            this.unit = new InstrumentRecord.Unit(sphere);
            return this;
        }

        Instrument system(Integer model) {
            this.system = new InstrumentRecord.InformationSystem(model);
            return this;
        }

        Instrument shelter(String provider, Boolean exclusive, Boolean acceptsChildren) {
            this.shelter = new InstrumentRecord.Shelter(provider, exclusive, acceptsChildren);
            return this;
        }

        InstrumentRecord build() {
            return new InstrumentRecord(id, country, kind, title, institution, yearStart, yearEnd, link, foundOnline, body, law,
                    plan, channel, protocol, unit, system, shelter, null, status, statusDate);
        }
    }

    static Body body(String model) {
        return new Body().model(model);
    }

    /** The attributes of an inter-agency body. */
    static final class Body {
        private String model;
        private Boolean chairPublicSecurity;
        private String establishedBy;
        private Integer publicInstitutionCount;
        private Boolean civilSocietyIncluded;
        private Integer civilSocietyCount;
        private Boolean genderEntityMember;
        private Set<String> approaches;
        private String headSex;

        Body model(String model) {
            this.model = model;
            return this;
        }

        Body chairPublicSecurity(Boolean value) {
            this.chairPublicSecurity = value;
            return this;
        }

        Body establishedBy(String value) {
            this.establishedBy = value;
            return this;
        }

        Body institutions(Integer value) {
            this.publicInstitutionCount = value;
            return this;
        }

        Body civilSociety(Boolean included, Integer count) {
            this.civilSocietyIncluded = included;
            this.civilSocietyCount = count;
            return this;
        }

        Body genderEntity(Boolean value) {
            this.genderEntityMember = value;
            return this;
        }

        Body approaches(String... values) {
            this.approaches = Set.of(values);
            return this;
        }

        Body headSex(String value) {
            this.headSex = value;
            return this;
        }

        InstrumentRecord.Body build() {
            return new InstrumentRecord.Body(model, chairPublicSecurity, establishedBy, publicInstitutionCount,
                    civilSocietyIncluded, civilSocietyCount, genderEntityMember, approaches, headSex);
        }
    }
}

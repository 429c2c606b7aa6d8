package org.oas.tip.questionnaire.definition;

/** A complete submission to the structured questionnaire, the smallest one that answers every required item. */
final class StructuredSample {

    static final String SUBMISSION = """
            {"intro": {"intro.focal_point_name": "Ana Pérez", "intro.institution": "Ministerio de Seguridad",
                       "intro.email": "ana.perez@example.org", "intro.phone": "+54 11 4321-0000",
                       "intro.reference_date": "2018-06-30"},
             "A": {"A.authority": {"A.authority.title": "Comité Ejecutivo", "A.authority.language": "es",
                                   "A.authority.model": "COLLEGIATE", "A.authority.chair_institution": "Jefatura de Gabinete",
                                   "A.authority.chair_public_security": false, "A.authority.established_by": "LAW",
                                   "A.authority.year_established": 2012, "A.authority.public_institution_count": 12,
                                   "A.authority.civil_society_included": true, "A.authority.civil_society_count": 3,
                                   "A.authority.gender_entity_member": true,
                                   "A.authority.approaches": ["PREVENTION", "PROTECTION"],
                                   "A.authority.head_sex": "FEMALE",
                                   "A.authority.website": "https://www.argentina.gob.ar/comitecontralatrata"},
                   "A.chair_type": "PRESIDENCY_OR_CABINET_OFFICE", "A.chair_gender_entity": false,
                   "A.website_type": "TIP_SPECIFIC",
                   "A.websites": [{"A.websites.title": "Comité", "A.websites.link": "https://www.argentina.gob.ar/"}],
                   "A.annual_report": true, "A.annual_report_count": 4},
             "B": {"B.incorporation": ["CRIMINAL_CODE", "LAW"],
                   "B.laws": [{"B.laws.title": "Ley 26.842", "B.laws.legal_path": "COMPREHENSIVE_LAW", "B.laws.year": 2012}],
                   "B.plan_in_force": true},
             "C": {"C.populations": {"C.populations.identified": false},
                   "C.areas": {"C.areas.identified": false},
                   "C.flows": {"C.flows.country_role": ["ORIGIN"], "C.flows.types": ["INTERNAL"]},
                   "C.victims": {"C.victims.profile_variables": ["SEX", "AGE"]},
                   "C.traffickers": {"C.traffickers.information_available": false}},
             "D": {"D.strategies": ["REACTIVE", "PROACTIVE"], "D.joint_mechanism": false},
             "E": {"E.channels": [
                     {"E.channels.title": "Línea 145", "E.channels.type": "DEDICATED_TIP_LINE", "E.channels.contact": "145"},
                     {"E.channels.title": "Línea 144", "E.channels.type": "THEMATIC_LINE", "E.channels.topic": "WOMEN_GENDER"}],
                   "E.victim_feedback": false},
             "F": {"F.systems": [{"F.systems.title": "SISTRATA", "F.systems.institution": "Ministerio Público",
                                  "F.systems.model": "3", "F.systems.design": "CENTRALIZED",
                                  "F.systems.sources": ["POLICE", "PROSECUTOR"], "F.systems.public_access": false,
                                  "F.systems.public_reports": true}],
                   "F.tip_statistics_differentiated": true, "F.standardized_methodology": true,
                   "F.official_statistics": true, "F.data_recording": "DIGITAL"},
             "G": {"G.lgbti_entity_member": false, "G.women_vulnerable": true,
                   "G.women_profile_variables": ["AGE"], "G.shelters_for_women": true},
             "stats": {"stats.detected_victims": [{"stats.detected_victims.year": 2017, "stats.detected_victims.sex": "FEMALE",
                       "stats.detected_victims.age_group": "ADULT_18_PLUS", "stats.detected_victims.exploitation": "SEXUAL",
                       "stats.detected_victims.count": 120}]}}""";

    private StructuredSample() {
    }
}

package org.oas.tip.questionnaire.mapping;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer document as the contract describes it: the code keeps answers as a {@code JsonNode} (they follow each
 * questionnaire version's own items), the OpenAPI document shows the shape every version shares.
 */
@Schema(name = "AnswerDocument", type = SchemaType.OBJECT, additionalProperties = AnswerDocument.Section.class,
        description = "A response's answers: an object keyed by section linkId (intro, A, B, ...), each section an object keyed "
                + "by item linkId (AnswerSection). An item's answer is a string, number or boolean; a repeating item's is an "
                + "array; a group's is an object keyed by its items' linkIds; a repeating group's an array of such objects. "
                + "Which linkIds, types, options and ranges a questionnaire version takes is its own JSON Schema: operation "
                + "getResponseSchema, GET /api/questionnaire/v1/questionnaires/{code}/versions/{version}/schema (mode=draft "
                + "for saving, mode=submission for submitting), linked from the assignment as responseSchema. In a merge patch "
                + "(RFC 7396) a null removes an answer and absent linkIds keep theirs.",
        examples = AnswerDocument.EXAMPLE)
public final class AnswerDocument {

    /** A partial answer of the structured questionnaire (oas-tip-structured), valid as a draft of its versions 1 and 2. */
    public static final String EXAMPLE = """
            {"intro": {"intro.focal_point_name": "Ana Pérez", "intro.institution": "Ministerio de Seguridad",
                       "intro.email": "ana.perez@example.org", "intro.reference_date": "2018-06-30"},
             "A": {"A.authority": {"A.authority.title": "Comité Ejecutivo para la Lucha contra la Trata y Explotación de Personas",
                                   "A.authority.language": "es", "A.authority.model": "COLLEGIATE",
                                   "A.authority.established_by": "LAW", "A.authority.year_established": 2012,
                                   "A.authority.approaches": ["PREVENTION", "PROTECTION"]},
                   "A.chair_type": "PRESIDENCY_OR_CABINET_OFFICE", "A.annual_report": true},
             "B": {"B.incorporation": ["CRIMINAL_CODE", "LAW"],
                   "B.laws": [{"B.laws.title": "Ley 26.842", "B.laws.legal_path": "COMPREHENSIVE_LAW", "B.laws.year": 2012}]},
             "E": {"E.channels": [{"E.channels.title": "Línea 145", "E.channels.type": "DEDICATED_TIP_LINE",
                                   "E.channels.contact": "145"}]}}""";

    private AnswerDocument() {
    }

    /** One section's answers, keyed by item linkId. */
    @Schema(name = "AnswerSection", type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
            description = "One section's answers keyed by item linkId (e.g. A.chair_type): a string, number or boolean; an "
                    + "array for a repeating item; an object keyed by linkId for a group; an array of such objects for a "
                    + "repeating group", examples = """
                    {"A.chair_type": "PRESIDENCY_OR_CABINET_OFFICE", "A.website_type": "TIP_SPECIFIC",
                     "A.websites": [{"A.websites.title": "Comité", "A.websites.link": "https://www.argentina.gob.ar/"}]}""")
    public static final class Section {
        private Section() {
        }
    }
}

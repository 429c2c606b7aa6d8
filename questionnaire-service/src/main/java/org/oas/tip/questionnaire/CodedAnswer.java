package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** A value coded from a country's answers against an item of the structured questionnaire (the "systematization"). */
@Entity
public class CodedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public String linkId;
    public Integer repeatIndex;
    @JdbcTypeCode(SqlTypes.JSON)
    public String value;
    /** Where the value comes from, e.g. "2015-2018 report, B.2 L505" or the coded answer's linkId. */
    public String source;
    public String codedBy;
    public OffsetDateTime codedAt;
}

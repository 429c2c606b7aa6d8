package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One version of a questionnaire: its definition (FHIR Questionnaire-like JSON), a draft until published, then frozen. */
@Entity
public class Questionnaire {

    /** A draft may change; a published version never does. */
    @Schema(name = "QuestionnaireStatus", description = "A DRAFT may change; a PUBLISHED version never does")
    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;
    public String versionLabel;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String titleEn;

    @JdbcTypeCode(SqlTypes.JSON)
    public String definition;

    public OffsetDateTime createdAt;
    public OffsetDateTime publishedAt;

    @Version
    public int version;
}

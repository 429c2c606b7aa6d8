package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** The registry's instrument rules as last read (one row), for validating answers while the registry is away. */
@Entity
@Table(name = "registry_rules")
public class RegistryRulesCopy {

    public static final short ONLY = 1;

    @Id
    public short id = ONLY;

    /** The registry's revision of the document (its ETag). */
    public String revision;

    /** When the registry last gave or confirmed this revision. */
    public OffsetDateTime fetchedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
}

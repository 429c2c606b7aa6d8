package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the report compares about a national authority / inter-agency body (section A). */
@Embeddable
public class BodyAttributes {

    /** One institution in charge, a collegiate body, or both. */
    public enum Model { SOLE, COLLEGIATE, HYBRID }

    /** The instrument that created the body. */
    public enum Establishment { LAW, DECREE, ADMINISTRATIVE_DECISION }

    /** The "three P's" and partnership. */
    public enum Approach { PREVENTION, PROSECUTION, PROTECTION, PARTNERSHIP }

    /** Sex of the person heading the authority (section G.1). */
    public enum Sex { FEMALE, MALE }

    @Enumerated(EnumType.STRING)
    public Model bodyModel;
    public String chairInstitution;
    /** Whether the chair belongs to the public-security system (ministry of security, interior, police). */
    public Boolean chairPublicSecurity;
    @Enumerated(EnumType.STRING)
    public Establishment establishedBy;
    public Integer publicInstitutionCount;
    public Boolean civilSocietyIncluded;
    public Integer civilSocietyCount;
    /** Whether a public entity for gender equality or women is among the members (section G.2). */
    public Boolean genderEntityMember;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] approaches;
    @Enumerated(EnumType.STRING)
    public Sex headSex;
}

package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** One registry instrument pre-filled into an assignment when its cycle opened: what the country was shown. */
@Entity
public class Prefill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public long registryId;
    /** The registry's content revision shown; null when the registry gave none. */
    public Integer registryRevision;
    public String groupLinkId;
    public int position;

    /** The entry as pre-filled, keyed by the group's child linkIds. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String entry;

    public OffsetDateTime createdAt;
}

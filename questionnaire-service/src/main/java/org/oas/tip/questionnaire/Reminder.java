package org.oas.tip.questionnaire;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.OffsetDateTime;

/** A reminder recorded as sent to a late country. */
@Entity
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    public OffsetDateTime sentAt;
    public String sentBy;
}

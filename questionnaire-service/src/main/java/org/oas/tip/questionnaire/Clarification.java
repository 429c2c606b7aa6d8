package org.oas.tip.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A question of the secretariat about one answer, and the thread that follows until it is resolved. */
@Entity
public class Clarification {

    /** OPEN: asked; ANSWERED: the country replied; RESOLVED: the secretariat is satisfied. */
    @Schema(name = "ClarificationStatus", description = "OPEN: asked; ANSWERED: the country replied; RESOLVED: the secretariat is satisfied")
    public enum Status { OPEN, ANSWERED, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long assignmentId;
    /** The answer it is about. */
    public String linkId;

    @Enumerated(EnumType.STRING)
    public Status status = Status.OPEN;

    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime resolvedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "clarification_id", nullable = false)
    @OrderBy("id")
    public List<Message> messages = new ArrayList<>();

    /** One message of the thread. */
    @Entity(name = "ClarificationMessage")
    @Table(name = "clarification_message")
    public static class Message {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
        public String author;
        @Column(columnDefinition = "bpchar", length = 3)
        public String authorCountry;
        public String text;
        public OffsetDateTime writtenAt;
    }
}

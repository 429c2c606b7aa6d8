package org.oas.tip.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A focal point's comment on one section of a report under country review, on behalf of its own country. */
@Entity
@Table(name = "report_comment")
public class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long reportId;

    public String section;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    public String author;

    public String client;

    public String text;

    public Instant createdAt;
}

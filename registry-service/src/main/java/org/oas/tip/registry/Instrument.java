package org.oas.tip.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.oas.tip.registry.instrument.BodyAttributes;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.instrument.LawAttributes;
import org.oas.tip.registry.instrument.PlanAttributes;
import org.oas.tip.registry.instrument.ProtocolAttributes;
import org.oas.tip.registry.instrument.ShelterAttributes;
import org.oas.tip.registry.instrument.SystemAttributes;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A national instrument against trafficking in persons: the fields every kind has, and the typed attributes of its
 * kind (the other kinds' attribute groups stay empty; the table's checks enforce it).
 */
@Entity
@DynamicUpdate // only changed columns: a link check's bulk update and an editor's save do not overwrite each other
public class Instrument {

    @Id
    // the identity column's sequence, 50 ids per call (V9): bulk inserts go in batches
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_id")
    @SequenceGenerator(name = "instrument_id", sequenceName = "instrument_id_seq", allocationSize = 50)
    public Long id;

    @Column(columnDefinition = "bpchar", length = 3)
    public String country;

    @Enumerated(EnumType.STRING)
    public InstrumentKind kind;

    /** The title in its original language. */
    public String title;
    public String titleEn;
    /** BCP 47 language of the original title. */
    public String language;
    public String institution;
    public Integer yearStart;
    public Integer yearEnd;

    public String link;
    public Boolean foundOnline;
    public OffsetDateTime linkCheckedAt;
    public Integer linkStatus;

    @Enumerated(EnumType.STRING)
    public Confidentiality confidentiality = Confidentiality.PUBLIC;

    @Embedded
    public Provenance provenance = new Provenance();

    @Enumerated(EnumType.STRING)
    public InstrumentStatus status = InstrumentStatus.IN_FORCE;
    /** When the status changed; null while in force from the start. */
    public LocalDate statusDate;
    public String statusReason;
    /** The current content version (see {@link InstrumentVersion}); not the optimistic-lock counter. */
    public int revision = 1;

    public boolean verified;
    public OffsetDateTime verifiedAt;
    public String verifiedBy;

    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    @Embedded
    public BodyAttributes body = new BodyAttributes();
    @Embedded
    public LawAttributes law = new LawAttributes();
    @Embedded
    public PlanAttributes plan = new PlanAttributes();
    @Embedded
    public ChannelAttributes channel = new ChannelAttributes();
    @Embedded
    public ProtocolAttributes protocol = new ProtocolAttributes();
    @Enumerated(EnumType.STRING)
    public UnitSphere unitSphere;
    @Embedded
    public SystemAttributes system = new SystemAttributes();
    @Embedded
    public ShelterAttributes shelter = new ShelterAttributes();

    /** The sphere a specialized unit belongs to (section D.3). */
    public enum UnitSphere { POLICE, PROSECUTOR, JUDICIAL, MULTI_AGENCY }
}

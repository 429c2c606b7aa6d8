package org.oas.tip.registry.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.EnumSet;
import java.util.Set;

/** A channel through which the public reports trafficking or asks for help (section E.1). */
@Embeddable
public class ChannelAttributes {

    /** The channel types of section E.1. */
    public enum ChannelType {
        DEDICATED_TIP_LINE, POLICE_LINE, THEMATIC_LINE, EMERGENCY_911, CRIME_STOPPERS, MINISTRY_LINE,
        CONSULAR_MIGRATION_LINE, JUSTICE_LINE, WEBSITE, EMAIL, APP, SOCIAL_MEDIA, IN_PERSON;

        /** Whether the contact of such a channel is a telephone number. */
        public boolean isPhoneLine() {
            return ordinal() <= JUSTICE_LINE.ordinal();
        }
    }

    /** What a channel offers; the first six are the core features the report scores dedicated lines on. */
    public enum Feature {
        FREE, ANONYMOUS, EASY_TO_REMEMBER, SPECIALIZED_STAFF, REFERRAL_CONNECTED, MULTILINGUAL, H24, TTY, TEXT_CHAT;

        public static final Set<Feature> CORE = EnumSet.of(FREE, ANONYMOUS, EASY_TO_REMEMBER, SPECIALIZED_STAFF,
                REFERRAL_CONNECTED, MULTILINGUAL);
    }

    @Enumerated(EnumType.STRING)
    public ChannelType channelType;
    /** The topic of a thematic line (e.g. domestic violence, children). */
    public String channelTopic;
    /** Telephone number, address, e-mail or URL. */
    public String contact;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] features;
}

package org.oas.tip.registry.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oas.tip.registry.instrument.ChannelAttributes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** One country's public reporting channels, each scored on the six core features of the report. */
@Schema(name = "ChannelDirectoryEntry", description = "The reporting channels of a country")
public record DirectoryEntry(
        @Schema(examples = "ARG") String country,
        @Schema(examples = "Argentina") String countryName,
        List<Channel> channels) {

    /** A public reporting channel. */
    @Schema(name = "DirectoryChannel")
    public record Channel(
            long id,
            ChannelAttributes.ChannelType type,
            String title,
            String titleEn,
            @Schema(examples = "145") String contact,
            String institution,
            String topic,
            @Schema(description = "The six core features (free, anonymous, easy to remember, specialized staff, connected to "
                    + "referral services, multilingual): whether the channel offers each, as the registry knows it")
            Map<ChannelAttributes.Feature, Boolean> coreFeatures,
            @Schema(description = "How many of the six core features it offers", examples = "3") int coreFeaturesMet,
            Set<ChannelAttributes.Feature> otherFeatures) {
    }
}

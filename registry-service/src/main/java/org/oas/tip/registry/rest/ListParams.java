package org.oas.tip.registry.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.tip.defaults.Problems;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.defaults.Caller;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The filters of instrument lists, searches and CSV exports; a bad value is a 400 naming the parameter. */
public class ListParams {

    @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3; repeat for several") List<String> country;
    @QueryParam("subregion") @Parameter(description = "CARIBBEAN, CENTRAL_AMERICA, SOUTH_AMERICA, NORTH_AMERICA") String subregion;
    @QueryParam("kind") @Parameter(description = "Instrument kind; repeat for several") List<String> kind;
    @QueryParam("channelType") @Parameter(description = "Reporting channel type, e.g. DEDICATED_TIP_LINE") String channelType;
    @QueryParam("feature") @Parameter(description = "Channel feature, e.g. FREE; repeat to require several") List<String> feature;
    @QueryParam("sphere") @Parameter(description = "Specialized unit sphere: POLICE, PROSECUTOR, JUDICIAL, MULTI_AGENCY") String sphere;
    @QueryParam("yearFrom") @Parameter(description = "Period overlaps this year or later") Integer yearFrom;
    @QueryParam("yearTo") @Parameter(description = "Period overlaps this year or earlier") Integer yearTo;
    @QueryParam("inForceAt") @Parameter(description = "In force on this date (ISO 8601), e.g. 2017-06-30") String inForceAt;
    @QueryParam("verified") @Parameter(description = "Verified by the secretariat") Boolean verified;
    @QueryParam("foundOnline") @Parameter(description = "Its document was found online") Boolean foundOnline;
    @QueryParam("q") @Parameter(description = "Words in the title or institution, in any of the four languages, accents optional") String q;

    /** The filter these parameters describe, limited to what the caller may see. */
    public InstrumentFilter toFilter(Caller caller) {
        if (yearFrom != null && yearTo != null && yearTo < yearFrom) {
            throw Problems.invalidParameter("yearTo", "must not be before yearFrom");
        }
        return new InstrumentFilter(
                country == null ? null : country.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                parse("subregion", subregion, Subregion.class),
                kind == null ? null : kind.stream().map(k -> parse("kind", k, InstrumentKind.class)).toList(),
                parse("channelType", channelType, ChannelAttributes.ChannelType.class),
                feature == null ? null : feature.stream().map(f -> parse("feature", f, ChannelAttributes.Feature.class)).toList(),
                parse("sphere", sphere, Instrument.UnitSphere.class),
                yearFrom, yearTo, date(), verified, foundOnline, q,
                caller.isAdmin() || caller.isAnalyst(),
                caller.isFocalPoint() ? caller.country() : null);
    }

    private LocalDate date() {
        try {
            return inForceAt == null ? null : LocalDate.parse(inForceAt);
        } catch (DateTimeParseException e) {
            throw Problems.invalidParameter("inForceAt", "must be a date such as 2017-06-30");
        }
    }

    static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}

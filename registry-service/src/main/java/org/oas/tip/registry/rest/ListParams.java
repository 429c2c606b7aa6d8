package org.oas.tip.registry.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.CycleCodes;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.QueryParams;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.Instrument;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.InstrumentStatus;
import org.oas.tip.registry.Subregion;
import org.oas.tip.registry.instrument.ChannelAttributes;
import org.oas.tip.registry.repository.InstrumentFilter;
import org.oas.tip.registry.service.ApiDates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The filters of instrument lists, searches and CSV exports; a bad value is a 400 naming the parameter. */
public class ListParams {

    @QueryParam("country") @Parameter(description = "Only these countries (ISO 3166-1 alpha-3); repeat for several") List<String> country;
    @QueryParam("subregion") @Parameter(description = "Only the countries of this subregion: a Subregion code (case-insensitive), e.g. CARIBBEAN") String subregion;
    @QueryParam("kind") @Parameter(description = "Only these kinds of instrument: InstrumentKind codes (case-insensitive), e.g. LAW; repeat for several") List<String> kind;
    @QueryParam("channelType") @Parameter(description = "Only reporting channels of this type: a ChannelType code (case-insensitive), e.g. DEDICATED_TIP_LINE") String channelType;
    @QueryParam("feature") @Parameter(description = "Only reporting channels with this feature: a Feature code (case-insensitive), e.g. FREE; repeat to require several") List<String> feature;
    @QueryParam("sphere") @Parameter(description = "Only specialized units of this sphere: a UnitSphere code (case-insensitive), e.g. POLICE") String sphere;
    @QueryParam("yearFrom") @Parameter(description = "Only instruments whose period overlaps this year or later") Integer yearFrom;
    @QueryParam("yearTo") @Parameter(description = "Only instruments whose period overlaps this year or earlier") Integer yearTo;
    @QueryParam("inForceAt") @Parameter(description = "In force on this date (ISO 8601), e.g. 2017-06-30. In force at D means: "
            + "status is not WITHDRAWN, and not (status ENDED or REPEALED with statusDate <= D), and yearStart <= year(D), and "
            + "(yearEnd is absent or yearEnd >= year(D)); yearStart/yearEnd are the planned period",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String inForceAt;
    @QueryParam("verified") @Parameter(description = "true: only instruments the secretariat verified; false: only unverified ones") Boolean verified;
    @QueryParam("foundOnline") @Parameter(description = "true: only instruments whose document the last link check found online; false: only the others") Boolean foundOnline;
    @QueryParam("q") @Parameter(description = "Words in the title or institution, in any of the four languages, accents optional") String q;
    @QueryParam("status") @Parameter(description = "IN_FORCE, ENDED, REPEALED, WITHDRAWN; repeat for several. Default: all but "
            + "WITHDRAWN (with updatedAfter: all). WITHDRAWN is for the secretariat and analysts (others: 403). Case-insensitive") List<String> status;
    @QueryParam("asOf") @Parameter(description = "Each instrument in the version valid on this date (ISO 8601): the latest recorded "
            + "version whose validFrom is absent or on or before it; without one the instrument is left out. Combines only with "
            + "country, subregion, kind, status, cycle, cursor and limit",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf;
    @QueryParam("cycle") @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = CycleCodes.PATTERN), description = "Only instruments this cycle reported or confirmed (e.g. 2023-2026), or that the "
            + "secretariat attached to it, each in the version that cycle establishes (with asOf: the one valid then) and with its "
            + "cycleEntry (what the cycle said, or the secretariat's attachment or correction with its public reason). Combines only "
            + "with country, subregion, kind, status, asOf, cursor and limit") String cycle;
    @QueryParam("updatedAfter") @Parameter(description = "Instruments whose record changed after this instant (ISO 8601, e.g. "
            + "2026-01-01T00:00:00Z), withdrawals included: to callers who may not read withdrawn records, a withdrawn one is a "
            + "tombstone (id, country, kind, status, statusDate, updatedAt)",
            schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedAfter;

    /** The filter these parameters describe, limited to what the caller may see. */
    public InstrumentFilter toFilter(Caller caller) {
        if (yearFrom != null && yearTo != null && yearTo < yearFrom) {
            throw Problems.invalidParameter("yearTo", "must not be before yearFrom");
        }
        boolean seesWithdrawn = caller.isAdmin() || caller.isAnalyst();
        LocalDate asOfDate = QueryParams.date("asOf", asOf);
        // refused, not trimmed: " 2015-2018" is not a cycle code
        String cycleCode = cycle == null || cycle.isEmpty() ? null : cycle;
        if (cycleCode != null && !CycleCodes.valid(cycleCode)) {
            throw Problems.invalidParameter("cycle", CycleCodes.RULE);
        }
        if (asOfDate != null && (asOfDate.isBefore(ApiDates.FIRST) || asOfDate.isAfter(ApiDates.LAST))) {
            throw Problems.invalidParameter("asOf", ApiDates.RULE);
        }
        if (asOfDate != null || cycleCode != null) {
            onlyVersionFilters();
        }
        OffsetDateTime after = QueryParams.instant("updatedAfter", updatedAfter);
        if (after != null && (after.getYear() < ApiDates.FIRST.getYear() || after.getYear() > ApiDates.LAST.getYear())) {
            throw Problems.invalidParameter("updatedAfter", "must be an instant from 1900 to 2200");
        }
        return new InstrumentFilter(
                country == null ? null : country.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(),
                QueryParams.oneOf("subregion", subregion, Subregion.class),
                kind == null ? null : kind.stream().map(k -> QueryParams.oneOf("kind", k, InstrumentKind.class)).toList(),
                QueryParams.oneOf("channelType", channelType, ChannelAttributes.ChannelType.class),
                feature == null ? null : feature.stream().map(f -> QueryParams.oneOf("feature", f, ChannelAttributes.Feature.class)).toList(),
                QueryParams.oneOf("sphere", sphere, Instrument.UnitSphere.class),
                yearFrom, yearTo, QueryParams.date("inForceAt", inForceAt), verified, foundOnline, q,
                caller.isAdmin() || caller.isAnalyst(),
                caller.isFocalPoint() ? caller.country() : null,
                statuses(seesWithdrawn, after != null), after, asOfDate, cycleCode, seesWithdrawn);
    }

    private List<InstrumentStatus> statuses(boolean seesWithdrawn, boolean changesSince) {
        if (status == null || status.isEmpty()) {
            EnumSet<InstrumentStatus> all = EnumSet.allOf(InstrumentStatus.class);
            if (!changesSince) {
                all.remove(InstrumentStatus.WITHDRAWN);
            }
            return List.copyOf(all);
        }
        List<InstrumentStatus> asked = status.stream().map(s -> QueryParams.oneOf("status", s, InstrumentStatus.class)).distinct().toList();
        if (asked.contains(InstrumentStatus.WITHDRAWN) && !seesWithdrawn) {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Forbidden")
                    .withDetail("status: withdrawn records are for the secretariat and analysts")
                    .with("violations", List.of(Map.of("field", "status", "in", "query",
                            "message", "WITHDRAWN is for the secretariat and analysts")))
                    .build();
        }
        return asked;
    }

    /** With asOf or cycle, only the identity filters combine (a version's other fields are not indexed). */
    private void onlyVersionFilters() {
        Map<String, Object> others = new LinkedHashMap<>();
        others.put("channelType", channelType);
        others.put("feature", feature == null || feature.isEmpty() ? null : feature);
        others.put("sphere", sphere);
        others.put("yearFrom", yearFrom);
        others.put("yearTo", yearTo);
        others.put("inForceAt", inForceAt);
        others.put("verified", verified);
        others.put("foundOnline", foundOnline);
        others.put("q", q);
        others.put("updatedAfter", updatedAfter);
        List<Violation> wrong = new ArrayList<>();
        others.forEach((name, value) -> {
            if (value != null) {
                wrong.add(new Violation(name, "query", "does not combine with asOf or cycle"));
            }
        });
        if (!wrong.isEmpty()) {
            throw Problems.invalid(wrong);
        }
    }
}

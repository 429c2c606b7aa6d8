package org.oas.tip.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;
import org.oas.tip.registry.InstrumentKind;
import org.oas.tip.registry.instrument.ChannelAttributes.ChannelType;
import org.oas.tip.registry.mapping.InstrumentInput;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks an instrument before it is stored and lists every problem at once. */
@ApplicationScoped
public class InstrumentRules {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{1,29}( ?(ext\\.?|x) ?[0-9]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Validator validator;

    public InstrumentRules(Validator validator) {
        this.validator = validator;
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming every bad field */
    public void check(InstrumentInput in, List<Violation> alsoWrong) {
        if (in == null) {
            throw Problems.invalid("body", "an instrument is required");
        }
        List<Violation> wrong = new ArrayList<>(alsoWrong);
        wrong.addAll(violations(in));
        if (!wrong.isEmpty()) {
            wrong.sort(Comparator.comparing(Violation::field));
            throw Problems.invalid(wrong);
        }
    }

    /** Every problem of an instrument, by field (empty when it may be stored); for callers that report them their own way. */
    public List<Violation> violations(InstrumentInput in) {
        List<Violation> wrong = new ArrayList<>();
        if (in == null) {
            wrong.add(Violation.body("body", "an instrument is required"));
            return wrong;
        }
        for (ConstraintViolation<InstrumentInput> v : validator.validate(in)) {
            wrong.add(Violation.body(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (in.yearStart() != null && in.yearEnd() != null && in.yearEnd() < in.yearStart()) {
            wrong.add(Violation.body("yearEnd", "must not be before yearStart " + in.yearStart()));
        }
        if (in.link() != null && !isWebLink(in.link())) {
            wrong.add(Violation.body("link", "must be an absolute http or https URL"));
        }
        if (in.kind() != null) {
            checkDetailsMatchKind(in, wrong);
        }
        if (in.channel() != null) {
            checkChannel(in, wrong);
        }
        return wrong;
    }

    private static void checkDetailsMatchKind(InstrumentInput in, List<Violation> wrong) {
        Map<String, Object> groups = new LinkedHashMap<>();
        groups.put("body", in.body());
        groups.put("law", in.law());
        groups.put("plan", in.plan());
        groups.put("channel", in.channel());
        groups.put("protocol", in.protocol());
        groups.put("unit", in.unit());
        groups.put("informationSystem", in.informationSystem());
        groups.put("shelter", in.shelter());
        String own = detailsOf(in.kind());
        groups.forEach((name, value) -> {
            if (value != null && !name.equals(own)) {
                wrong.add(Violation.body(name, "not allowed for kind " + in.kind()
                        + (own == null ? " (it has no details)" : "; use " + own)));
            }
        });
        if (in.kind() == InstrumentKind.REPORTING_CHANNEL && (in.channel() == null || in.channel().type() == null)) {
            wrong.add(Violation.body("channel.type", "is required for a reporting channel"));
        }
    }

    /** The name of the details group a kind carries, or null. */
    static String detailsOf(InstrumentKind kind) {
        return switch (kind) {
            case INTER_AGENCY_BODY -> "body";
            case LAW -> "law";
            case NATIONAL_POLICY, PLAN -> "plan";
            case REPORTING_CHANNEL -> "channel";
            case PROTOCOL -> "protocol";
            case SPECIALIZED_UNIT -> "unit";
            case INFORMATION_SYSTEM -> "informationSystem";
            case SHELTER -> "shelter";
            default -> null;
        };
    }

    private static void checkChannel(InstrumentInput in, List<Violation> wrong) {
        ChannelType type = in.channel().type();
        String contact = in.channel().contact();
        if (type == null || contact == null || contact.isBlank()) {
            return;
        }
        if (type.isPhoneLine() && !PHONE.matcher(contact.strip()).matches()) {
            wrong.add(Violation.body("channel.contact", "must be a telephone number such as 145, 911 or +1 (888) 373-7888"));
        } else if (type == ChannelType.EMAIL && !EMAIL.matcher(contact.strip()).matches()) {
            wrong.add(Violation.body("channel.contact", "must be an e-mail address"));
        } else if ((type == ChannelType.WEBSITE || type == ChannelType.APP) && !isWebLink(contact.strip())) {
            wrong.add(Violation.body("channel.contact", "must be an absolute http or https URL"));
        }
    }

    static boolean isWebLink(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

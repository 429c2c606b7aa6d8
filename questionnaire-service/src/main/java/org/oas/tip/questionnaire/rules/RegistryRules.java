package org.oas.tip.questionnaire.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.RemoteFailure;
import org.oas.tip.questionnaire.RegistryRulesCopy;
import org.oas.tip.questionnaire.client.InstrumentRulesClient;
import org.oas.tip.questionnaire.repository.RegistryRulesRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The registry's instrument rules as this service applies them: the last document read, in memory and in the
 * database. A copy older than {@code tip.registry-rules.max-age} is revalidated with the registry (a 304 keeps it, a
 * new revision replaces it); a registry that does not answer leaves the copy in use. With no copy at all and no
 * registry, answers cannot be checked: 503 with Retry-After.
 */
@ApplicationScoped
public class RegistryRules {

    private static final Logger LOG = Logger.getLogger(RegistryRules.class);

    private final InstrumentRulesClient registry;
    private final RegistryRulesRepository copies;
    private final RegistryRulesConfig config;
    private final ObjectMapper json;
    private volatile RuleSet held;
    private volatile OffsetDateTime nextAttempt = OffsetDateTime.MIN;

    public RegistryRules(@RestClient InstrumentRulesClient registry, RegistryRulesRepository copies, RegistryRulesConfig config,
                         ObjectMapper json) {
        this.registry = registry;
        this.copies = copies;
        this.config = config;
        this.json = json;
    }

    /** The rules to validate with now. @throws io.quarkiverse.resteasy.problem.HttpProblem 503 when there are none */
    public RuleSet current() {
        RuleSet rules = held;
        OffsetDateTime now = OffsetDateTime.now();
        if (rules != null && (rules.fetchedAt().plus(config.maxAge()).isAfter(now) || nextAttempt.isAfter(now))) {
            return rules;
        }
        synchronized (this) {
            rules = held != null ? held : stored().orElse(null);
            if (rules == null || !rules.fetchedAt().plus(config.maxAge()).isAfter(now) && !nextAttempt.isAfter(now)) {
                rules = refresh(rules, now);
            }
            held = rules;
            return rules;
        }
    }

    private RuleSet refresh(RuleSet rules, OffsetDateTime now) {
        try (Response answer = registry.rules(rules == null ? null : "\"" + rules.revision() + "\"")) {
            if (answer.getStatus() == 304 && rules != null) {
                copies.confirm(rules.revision(), now);
                return rules.confirmedAt(now);
            }
            if (answer.getStatus() != 200) {
                throw new IllegalStateException("the registry answered " + answer.getStatus());
            }
            String document = answer.readEntity(String.class);
            RuleSet fresh = RuleSet.of(json.readTree(document), now);
            copies.store(fresh.revision(), now, document);
            if (rules == null || !rules.revision().equals(fresh.revision())) {
                LOG.infof("Instrument rules revision %s from the registry", fresh.revision());
            }
            return fresh;
        } catch (Exception e) {
            nextAttempt = now.plus(config.retryAfter().compareTo(config.maxAge()) < 0 ? config.retryAfter() : config.maxAge());
            if (rules == null) {
                throw Problems.unavailable("The registry's instrument rules are needed to check instrument entries, and the "
                        + "registry did not give them (" + (e instanceof RuntimeException r ? RemoteFailure.words("the registry", r) : "its answer could not be read") + "); no copy of them is held yet");
            }
            LOG.warnf("The registry did not give its instrument rules (%s); validating with the copy of revision %s read %s",
                    e.getMessage(), rules.revision(), rules.fetchedAt());
            return rules;
        }
    }

    private Optional<RuleSet> stored() {
        Optional<RegistryRulesCopy> copy = copies.stored();
        if (copy.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RuleSet.of(json.readTree(copy.get().document), copy.get().fetchedAt));
        } catch (Exception e) {
            LOG.warnf("The stored instrument rules cannot be read (%s); asking the registry", e.getMessage());
            return Optional.empty();
        }
    }
}

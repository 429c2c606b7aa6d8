package org.oas.tip.registry.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Violation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gateway's reports of who called when: the latest call per token subject, kept whatever order reports arrive in. */
@ApplicationScoped
public class LastCallService {

    /** A report from further ahead than this is a clock gone wrong, refused rather than kept as the latest forever. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final EntityManager em;

    public LastCallService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void record(@NotNull(message = "the report is required: a JSON object") @Valid LastCalls report) {
        OffsetDateTime latestAllowed = OffsetDateTime.now(ZoneOffset.UTC).plus(CLOCK_SKEW);
        List<Violation> future = new ArrayList<>();
        for (int i = 0; i < report.calls().size(); i++) {
            if (report.calls().get(i).at().isAfter(latestAllowed)) {
                future.add(new Violation("calls[" + i + "].at", "body", "is more than " + CLOCK_SKEW.toMinutes() + " minutes ahead of the registry's clock"));
            }
        }
        if (!future.isEmpty()) {
            throw Problems.invalid(future);
        }
        for (LastCalls.Call call : report.calls()) {
            em.createNativeQuery("""
                    insert into last_call (subject, client_id, username, called_at) values (?1, ?2, ?3, ?4)
                    on conflict (subject) do update set client_id = excluded.client_id, username = excluded.username,
                        called_at = excluded.called_at
                    where last_call.called_at < excluded.called_at""")
                    .setParameter(1, call.subject()).setParameter(2, call.clientId()).setParameter(3, call.username())
                    .setParameter(4, call.at()).executeUpdate();
        }
    }

    /** The latest call of each of these clients (any subject using it). */
    Map<String, OffsetDateTime> latestByClient(Collection<String> clientIds) {
        return latest("clientId", clientIds);
    }

    /** The latest call of each of these subjects. */
    Map<String, OffsetDateTime> latestBySubject(Collection<String> subjects) {
        return latest("subject", subjects.stream().filter(s -> s != null).toList());
    }

    private Map<String, OffsetDateTime> latest(String key, Collection<String> values) {
        Map<String, OffsetDateTime> latest = new HashMap<>();
        if (values.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = em.createQuery("select l." + key + ", max(l.calledAt) from LastCall l where l." + key
                + " in :values group by l." + key, Object[].class).setParameter("values", values).getResultList();
        rows.forEach(r -> latest.put((String) r[0], (OffsetDateTime) r[1]));
        return latest;
    }
}

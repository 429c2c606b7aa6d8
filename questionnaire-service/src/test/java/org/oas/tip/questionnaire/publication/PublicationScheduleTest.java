package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oas.tip.questionnaire.RegistryStub;
import org.oas.tip.questionnaire.ReportingCycle;
import org.oas.tip.questionnaire.reconcile.ReconcileRegistryStub;
import org.oas.tip.questionnaire.repository.AssignmentRepository;
import org.oas.tip.questionnaire.repository.ReportingCycleRepository;
import org.oas.tip.testing.PostgresTestResource;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With the schedule on, as in production: an accepted response reaches the registry with no one running the worker. */
@QuarkusTest
@TestProfile(PublicationScheduleTest.ScheduleOn.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(RegistryStub.class)
@QuarkusTestResource(value = ReconcileRegistryStub.class, restrictToAnnotatedClass = true)
class PublicationScheduleTest {

    /** The production setting, polling fast. */
    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tip.publication.enabled", "true", "%test.tip.publication.enabled", "true",
                    "tip.publication.poll", "1s");
        }
    }

    @Inject
    PublicationOutbox outbox;
    @Inject
    PublicationRepository publications;
    @Inject
    AssignmentRepository assignments;
    @Inject
    ReportingCycleRepository cycles;

    @Test
    void theWorkerDeliversOnItsOwn() throws Exception {
        String cycle = PublicationFixtures.openCycle();
        var answers = new ObjectMapper().readTree("""
                {"s": {"s.lines": [{"s.lines.type": "DEDICATED_TIP_LINE", "s.lines.number": "145"}]}}""");
        QuarkusTransaction.requiringNew().run(() -> {
            ReportingCycle c = cycles.findByCode(cycle).orElseThrow();
            outbox.enqueue(assignments.find(c.id, "ARG").orElseThrow(), c, PublicationFixtures.definition(cycle), answers, false, null);
        });

        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Publication.Status status = Publication.Status.PENDING;
        while (status != Publication.Status.DELIVERED && System.nanoTime() < until) {
            Thread.sleep(100);
            status = QuarkusTransaction.requiringNew().call(() -> publications.find("cycle", cycle).singleResult().status);
        }
        assertEquals(Publication.Status.DELIVERED, status);
        assertEquals(1, ReconcileRegistryStub.current.publications(cycle).size());
    }
}

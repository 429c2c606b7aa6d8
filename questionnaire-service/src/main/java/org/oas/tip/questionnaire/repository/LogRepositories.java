package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Extension;
import org.oas.tip.questionnaire.Reminder;

/** The append-only records around assignments: extensions and reminders. */
public final class LogRepositories {

    private LogRepositories() {
    }

    /** Deadline extensions. */
    @ApplicationScoped
    public static class Extensions implements PanacheRepository<Extension> {
    }

    /** Reminders sent. */
    @ApplicationScoped
    public static class Reminders implements PanacheRepository<Reminder> {
    }
}

package org.oas.tip.questionnaire.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.oas.tip.questionnaire.Reminder;

/** Reminders recorded as sent to late countries. */
@ApplicationScoped
public class ReminderRepository implements PanacheRepository<Reminder> {
}

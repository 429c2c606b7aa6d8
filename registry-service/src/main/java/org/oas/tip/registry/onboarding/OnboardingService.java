package org.oas.tip.registry.onboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.PageRequest;
import org.oas.tip.defaults.Problems;
import org.oas.tip.registry.Country;
import org.oas.tip.registry.repository.CountryRepository;
import org.oas.tip.registry.onboarding.AccountDirectory.DirectoryConflict;
import org.oas.tip.registry.onboarding.AccountDirectory.DirectoryUnavailable;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The secretariat onboards a member state: registers its tools (Keycloak clients), rotates and revokes their secrets,
 * invites and revokes its focal points (Keycloak users). The registry keeps who did what and when (never a secret);
 * Keycloak keeps the accounts. Every action is audited in the same transaction as the record it changes.
 */
@ApplicationScoped
public class OnboardingService {

    private final AccountDirectory directory;
    private final OnboardingConfig config;
    private final LastCallService lastCalls;
    private final CountryRepository countries;

    public OnboardingService(AccountDirectory directory, OnboardingConfig config, LastCallService lastCalls, CountryRepository countries) {
        this.directory = directory;
        this.config = config;
        this.lastCalls = lastCalls;
        this.countries = countries;
    }

    @Transactional
    public ToolCredentials registerTool(String iso3, @NotNull(message = "the tool's registration is required: a JSON object") @Valid ToolRegistration registration,
                                        Caller caller) {
        String country = activeCountry(iso3);
        MemberStateTool tool = new MemberStateTool();
        tool.country = country;
        tool.name = registration.name();
        tool.clientId = "pending-" + java.util.UUID.randomUUID();
        tool.status = MemberStateTool.Status.ACTIVE;
        tool.createdAt = now();
        tool.createdBy = caller.subject();
        tool.persistAndFlush();
        tool.clientId = "tool-" + country.toLowerCase(Locale.ROOT) + "-" + tool.id;
        AccountDirectory.NewClient made = keycloak(() -> directory.createTool(tool.clientId,
                "Member-state tool of " + country + ": " + tool.name, country, config.toolTokenLifespan()));
        tool.keycloakId = made.keycloakId();
        audited(caller, "TOOL_REGISTERED", country, tool.clientId, tool.name);
        return new ToolCredentials(ToolView.of(tool, null), tool.clientId, made.secret(), config.tokenUrl(), null);
    }

    @Transactional
    public ToolCredentials rotateSecret(String iso3, long toolId, Caller caller) {
        MemberStateTool tool = activeTool(iso3, toolId);
        AccountDirectory.Rotation rotation = keycloak(() -> directory.rotateSecret(tool.keycloakId));
        tool.secretRotatedAt = now();
        tool.previousSecretValidUntil = rotation.previousValidUntil() == null ? null
                : rotation.previousValidUntil().atOffset(ZoneOffset.UTC);
        audited(caller, "TOOL_SECRET_ROTATED", tool.country, tool.clientId, tool.previousSecretValidUntil == null
                ? "the previous secret stopped at once" : "the previous secret works until " + tool.previousSecretValidUntil);
        return new ToolCredentials(view(tool), tool.clientId, rotation.secret(), config.tokenUrl(), tool.previousSecretValidUntil);
    }

    @Transactional
    public ToolView endPreviousSecret(String iso3, long toolId, Caller caller) {
        MemberStateTool tool = activeTool(iso3, toolId);
        keycloak(() -> directory.endPreviousSecret(tool.keycloakId));
        tool.previousSecretValidUntil = null;
        audited(caller, "TOOL_PREVIOUS_SECRET_ENDED", tool.country, tool.clientId, null);
        return view(tool);
    }

    @Transactional
    public ToolView revokeTool(String iso3, long toolId, @NotNull(message = "the revocation is required: a JSON object") @Valid Revocation revocation,
                               Caller caller) {
        MemberStateTool tool = activeTool(iso3, toolId);
        keycloak(() -> directory.deleteTool(tool.keycloakId));
        tool.status = MemberStateTool.Status.REVOKED;
        tool.revokedAt = now();
        tool.revokedBy = caller.subject();
        tool.revocationReason = revocation.reason();
        tool.previousSecretValidUntil = null;
        audited(caller, "TOOL_REVOKED", tool.country, tool.clientId, revocation.reason());
        return view(tool);
    }

    @Transactional
    public PersonView invite(String iso3, @NotNull(message = "the invitation is required: a JSON object") @Valid PersonInvitation invitation,
                             Caller caller) {
        String country = activeCountry(iso3);
        if (FocalPointPerson.count("lower(email) = ?1 and status = ?2", invitation.email().toLowerCase(Locale.ROOT),
                FocalPointPerson.Status.ACTIVE) > 0) {
            throw Problems.conflict("A focal point with the e-mail " + invitation.email() + " exists already (revoke it first)");
        }
        FocalPointPerson person = new FocalPointPerson();
        person.country = country;
        person.email = invitation.email();
        person.firstName = invitation.firstName();
        person.lastName = invitation.lastName();
        person.status = FocalPointPerson.Status.ACTIVE;
        person.invitedAt = now();
        person.invitedBy = caller.subject();
        person.keycloakId = keycloak(() -> directory.invitePerson(invitation.email(), invitation.firstName(),
                invitation.lastName(), country, config.invitationLifespan()));
        person.invitationSentAt = person.invitedAt;
        person.persist();
        audited(caller, "PERSON_INVITED", country, person.email, "password-setup e-mail sent, link valid " + config.invitationLifespan());
        return PersonView.of(person, null);
    }

    @Transactional
    public PersonView resendInvitation(String iso3, long personId, Caller caller) {
        FocalPointPerson person = activePerson(iso3, personId);
        keycloak(() -> directory.resendInvitation(person.keycloakId, config.invitationLifespan()));
        person.invitationSentAt = now();
        audited(caller, "PERSON_INVITATION_SENT", person.country, person.email, null);
        return view(person);
    }

    @Transactional
    public PersonView revokePerson(String iso3, long personId, @NotNull(message = "the revocation is required: a JSON object") @Valid Revocation revocation,
                                   Caller caller) {
        FocalPointPerson person = activePerson(iso3, personId);
        keycloak(() -> directory.disablePerson(person.keycloakId));
        person.status = FocalPointPerson.Status.REVOKED;
        person.revokedAt = now();
        person.revokedBy = caller.subject();
        person.revocationReason = revocation.reason();
        audited(caller, "PERSON_REVOKED", person.country, person.email, revocation.reason());
        return view(person);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Representatives representatives(String iso3, Caller caller) {
        String country = readableCountry(iso3, caller);
        List<MemberStateTool> tools = MemberStateTool.ofCountry(country);
        List<FocalPointPerson> people = FocalPointPerson.ofCountry(country);
        Map<String, OffsetDateTime> byClient = lastCalls.latestByClient(tools.stream().map(t -> t.clientId).toList());
        Map<String, OffsetDateTime> bySubject = lastCalls.latestBySubject(people.stream().map(p -> p.keycloakId).toList());
        return new Representatives(country,
                tools.stream().map(t -> ToolView.of(t, byClient.get(t.clientId))).toList(),
                people.stream().map(p -> PersonView.of(p, bySubject.get(p.keycloakId))).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ToolView tool(String iso3, long toolId, Caller caller) {
        readableCountry(iso3, caller);
        return view(findTool(iso3, toolId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView person(String iso3, long personId, Caller caller) {
        readableCountry(iso3, caller);
        return view(findPerson(iso3, personId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage audit(String iso3, PageRequest page, Caller caller) {
        String country = readableCountry(iso3, caller);
        long after = page.after() == null ? 0 : Long.parseLong(page.after());
        List<OnboardingAudit> rows = OnboardingAudit.find("country = ?1 and id > ?2 order by id", country, after)
                .page(0, page.limit() + 1).list();
        boolean more = rows.size() > page.limit();
        List<OnboardingAudit> shown = more ? rows.subList(0, page.limit()) : rows;
        return new AuditPage(shown.stream().map(AuditEntryView::of).toList(),
                more ? PageRequest.cursorAfter(shown.get(shown.size() - 1).id) : null);
    }

    private ToolView view(MemberStateTool tool) {
        return ToolView.of(tool, lastCalls.latestByClient(List.of(tool.clientId)).get(tool.clientId));
    }

    private PersonView view(FocalPointPerson person) {
        return PersonView.of(person, lastCalls.latestBySubject(List.of(person.keycloakId)).get(person.keycloakId));
    }

    /** The secretariat reads every country; a focal point its own only. */
    private String readableCountry(String iso3, Caller caller) {
        String country = existingCountry(iso3).iso3;
        if (!caller.isAdmin() && !(caller.isFocalPoint() && caller.country().equals(country))) {
            throw Problems.forbidden("Only the secretariat and " + country + "'s own focal points see who speaks for " + country);
        }
        return country;
    }

    private Country existingCountry(String iso3) {
        return countries.findByIdOptional(iso3.toUpperCase(Locale.ROOT)).orElseThrow(() -> Problems.notFound("Country " + iso3));
    }

    private String activeCountry(String iso3) {
        Country country = existingCountry(iso3);
        if (!country.active) {
            throw Problems.conflict(country.iso3 + " does not take part in the reporting (the country's active is false)");
        }
        return country.iso3;
    }

    private MemberStateTool findTool(String iso3, long id) {
        MemberStateTool tool = MemberStateTool.findById(id);
        if (tool == null || !tool.country.equals(existingCountry(iso3).iso3)) {
            throw Problems.notFound("Tool " + id + " of " + iso3.toUpperCase(Locale.ROOT));
        }
        return tool;
    }

    private MemberStateTool activeTool(String iso3, long id) {
        MemberStateTool tool = findTool(iso3, id);
        if (tool.status == MemberStateTool.Status.REVOKED) {
            throw Problems.conflict("Tool " + id + " (" + tool.clientId + ") is revoked");
        }
        return tool;
    }

    private FocalPointPerson findPerson(String iso3, long id) {
        FocalPointPerson person = FocalPointPerson.findById(id);
        if (person == null || !person.country.equals(existingCountry(iso3).iso3)) {
            throw Problems.notFound("Focal point " + id + " of " + iso3.toUpperCase(Locale.ROOT));
        }
        return person;
    }

    private FocalPointPerson activePerson(String iso3, long id) {
        FocalPointPerson person = findPerson(iso3, id);
        if (person.status == FocalPointPerson.Status.REVOKED) {
            throw Problems.conflict("Focal point " + id + " (" + person.email + ") is revoked");
        }
        return person;
    }

    private static void audited(Caller caller, String action, String country, String subject, String detail) {
        OnboardingAudit entry = new OnboardingAudit();
        entry.at = now();
        entry.actor = caller.subject();
        entry.action = action;
        entry.country = country;
        entry.subject = subject;
        entry.detail = detail;
        entry.persist();
    }

    private static void keycloak(Runnable action) {
        keycloak(() -> {
            action.run();
            return null;
        });
    }

    /** Keycloak's answer as the API's: a conflict is 409, anything else a 503 (the transaction rolls back). */
    private static <T> T keycloak(Supplier<T> action) {
        try {
            return action.get();
        } catch (DirectoryConflict e) {
            throw Problems.conflict(e.getMessage());
        } catch (DirectoryUnavailable e) {
            throw Problems.unavailable(e.getMessage() + "; nothing was changed, try again later");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

package org.oas.tip.questionnaire.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.oas.tip.defaults.Caller;
import org.oas.tip.defaults.ETags;
import org.oas.tip.defaults.Problems;
import org.oas.tip.defaults.Versioned;
import org.oas.tip.questionnaire.Questionnaire;
import org.oas.tip.questionnaire.definition.Completeness;
import org.oas.tip.questionnaire.definition.Definition;
import org.oas.tip.questionnaire.definition.Mode;
import org.oas.tip.questionnaire.definition.ResponseSchema;
import org.oas.tip.questionnaire.mapping.QuestionnaireSummary;
import org.oas.tip.questionnaire.repository.QuestionnaireRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Questionnaire versions: the secretariat drafts and publishes them; everyone with a role reads published ones. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final Definitions definitions;

    public QuestionnaireService(QuestionnaireRepository questionnaires, Definitions definitions) {
        this.questionnaires = questionnaires;
        this.definitions = definitions;
    }

    public List<QuestionnaireSummary> list(Caller caller) {
        return questionnaires.listOrdered(!caller.isAdmin()).stream().map(QuestionnaireSummary::of).toList();
    }

    /** A version the caller may read: drafts are for the secretariat only (404 for others). */
    public Questionnaire readable(String code, String version, Caller caller) {
        return questionnaires.findVersion(code, version)
                .filter(q -> q.status == Questionnaire.Status.PUBLISHED || caller.isAdmin() || caller.isAnalyst())
                .orElseThrow(() -> Problems.notFound("Questionnaire " + code + " version " + version));
    }

    public Versioned<JsonNode> definition(String code, String version, Caller caller) {
        Questionnaire q = readable(code, version, caller);
        return new Versioned<>(definitions.read(q.definition), q.version);
    }

    public ObjectNode schema(String code, String version, Mode mode, Caller caller) {
        return ResponseSchema.of(definitions.of(readable(code, version, caller)), mode);
    }

    public Map<String, ?> completeness(String code, String version, Caller caller) {
        return Completeness.of(definitions.of(readable(code, version, caller)));
    }

    /** Stores a new draft version; its code and version label come from the definition. */
    @Transactional
    public Versioned<QuestionnaireSummary> create(JsonNode definition) {
        Definition parsed = definitions.parse(definition);
        if (questionnaires.findVersion(parsed.code(), parsed.version()).isPresent()) {
            throw Problems.conflict("Questionnaire " + parsed.code() + " version " + parsed.version()
                    + " exists; give the new version another label");
        }
        Questionnaire q = new Questionnaire();
        q.code = parsed.code();
        q.versionLabel = parsed.version();
        q.status = Questionnaire.Status.DRAFT;
        q.titleEn = parsed.title().en();
        q.definition = definitions.write(definition);
        q.createdAt = OffsetDateTime.now();
        questionnaires.persistAndFlush(q);
        return new Versioned<>(QuestionnaireSummary.of(q), q.version);
    }

    /** Replaces a draft; a published version never changes (409). */
    @Transactional
    public Versioned<QuestionnaireSummary> replace(String code, String version, long expectedVersion, JsonNode definition) {
        Questionnaire q = draft(code, version, expectedVersion);
        Definition parsed = definitions.parse(definition);
        if (!parsed.code().equals(code) || !parsed.version().equals(version)) {
            throw Problems.invalid("code", "a draft keeps its code and version (" + code + " " + version + ")");
        }
        q.titleEn = parsed.title().en();
        q.definition = definitions.write(definition);
        questionnaires.flush();
        return new Versioned<>(QuestionnaireSummary.of(q), q.version);
    }

    @Transactional
    public Versioned<QuestionnaireSummary> publish(String code, String version, long expectedVersion) {
        Questionnaire q = draft(code, version, expectedVersion);
        q.status = Questionnaire.Status.PUBLISHED;
        q.publishedAt = OffsetDateTime.now();
        questionnaires.flush();
        return new Versioned<>(QuestionnaireSummary.of(q), q.version);
    }

    private Questionnaire draft(String code, String version, long expectedVersion) {
        Questionnaire q = questionnaires.findVersion(code, version)
                .orElseThrow(() -> Problems.notFound("Questionnaire " + code + " version " + version));
        if (q.status == Questionnaire.Status.PUBLISHED) {
            throw Problems.conflict("Version " + version + " of " + code + " is published and never changes; create a new version");
        }
        ETags.requireVersion(q.version, expectedVersion);
        return q;
    }
}

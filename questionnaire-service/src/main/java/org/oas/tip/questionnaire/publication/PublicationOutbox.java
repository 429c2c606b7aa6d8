package org.oas.tip.questionnaire.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.oas.tip.questionnaire.Assignment;
import org.oas.tip.questionnaire.definition.Definition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the acceptance of a response queues its instruments for the registry, in the acceptance's own transaction: the
 * response is accepted and its instruments queued together, or neither. {@link PublicationWorker} delivers them.
 */
@ApplicationScoped
public class PublicationOutbox {

    private static final Logger LOG = Logger.getLogger(PublicationOutbox.class);

    private final InstrumentMapper mapper;
    private final PublicationRepository outbox;
    private final ObjectMapper json;

    public PublicationOutbox(InstrumentMapper mapper, PublicationRepository outbox, ObjectMapper json) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Queues one row per instrument of the accepted answers: every entry of every group of the definition that names an
     * {@code instrumentKind}. Accepting again (after a clarification) replaces the rows of the same instruments, leaves
     * alone those delivered with an unchanged body, and drops the never-delivered rows of entries that are gone. An
     * entry whose body cannot match the registry's is queued as FAILED with the reason, never thrown: the acceptance
     * does not depend on it.
     *
     * @param cycleCode the cycle's code, the registry's {@code cycle} key
     * @param answers   the accepted response document, keyed by linkId
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Assignment assignment, String cycleCode, Definition definition, JsonNode answers) {
        List<InstrumentMapper.Entry> entries = mapper.entries(definition, answers, assignment.country, cycleCode);
        Set<String> keys = new HashSet<>();
        for (InstrumentMapper.Entry entry : entries) {
            keys.add(key(entry.question(), entry.position()));
            Publication.Status status = entry.problem() == null ? Publication.Status.PENDING : Publication.Status.FAILED;
            outbox.upsert(assignment.id, cycleCode, assignment.country, entry.question(), entry.position(),
                    write(entry.payload()), entry.successorTitle(), status, entry.problem());
        }
        for (Publication gone : outbox.undeliveredOf(assignment.id, cycleCode)) {
            if (!keys.contains(key(gone.question, gone.position))) {
                outbox.delete(gone);
            }
        }
        LOG.debugf("%s %s: %d instruments queued for the registry", cycleCode, assignment.country, entries.size());
    }

    private static String key(String question, int position) {
        return question + "[" + position + "]";
    }

    private String write(JsonNode payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payload could not be written", e);
        }
    }
}

package org.oas.tip.defaults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Requests sent with an Idempotency-Key: the first result is remembered, a retry with the same key and request gets it
 * back instead of doing the work again, and the same key with another request is refused (422). Keys are per caller
 * (token subject). Each service creates the table with its own migration, in this one shape:
 * <pre>
 * idempotency_record (subject varchar(200), idempotency_key varchar(200), request_hash varchar(64),
 *                     result jsonb not null, created_at timestamptz default now(), primary key (subject, idempotency_key))
 * </pre>
 * {@code result} is whatever the service needs to answer a retry (an id to read again, or the whole first answer), as
 * JSON. Both methods run in the caller's transaction, so a result is remembered exactly when the work it stands for
 * commits.
 */
@ApplicationScoped
public class Idempotency {

    /** The longest key accepted (the column's size). */
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public Idempotency(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * One request made with a key.
     *
     * @param subject     who asked (the token's subject): the same key from two callers names two requests
     * @param key         the Idempotency-Key header
     * @param requestHash a hash of what was asked ({@link #sha256}): the same key with another request is refused
     */
    public record Request(String subject, String key, String requestHash) {
    }

    /**
     * The request a call makes, or empty when it came without an Idempotency-Key (nothing is then remembered).
     *
     * @throws HttpProblem 400 naming the header when the key is empty, too long or not visible ASCII characters
     */
    static final String KEY_HEADER = "Idempotency-Key";
    static final String KEY_RULE = "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (letters, digits, punctuation; no spaces)";

    public static Optional<Request> request(String key, String subject, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw Problems.invalidParameter(KEY_HEADER, "header", KEY_RULE);
        }
        return Optional.of(new Request(subject, key, requestHash));
    }

    /**
     * What the first request with this key gave, if there was one.
     *
     * @throws HttpProblem 422 when the key was used before with another request
     */
    public <T> Optional<T> firstResult(Request request, Class<T> type) {
        List<?> rows = entityManager.createNativeQuery(
                        "select request_hash, cast(result as text) from idempotency_record where subject = ?1 and idempotency_key = ?2")
                .setParameter(1, request.subject()).setParameter(2, request.key()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!request.requestHash().equals(row[0])) {
            throw HttpProblem.builder().withType(ProblemTypes.UNPROCESSABLE).withStatus(422).withTitle("Unprocessable Content")
                    .withDetail("Idempotency-Key " + request.key() + " was already used with a different request").build();
        }
        try {
            return Optional.of(json.readValue((String) row[1], type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the remembered result of an Idempotency-Key is not a " + type.getSimpleName(), e);
        }
    }

    /**
     * Remembers the result of the first request with this key.
     *
     * @throws HttpProblem 409 when another request with the same key got there first (it is still running or just
     *                     finished): the caller's transaction is rolled back and a retry gets the first result
     */
    public void remember(Request request, Object result) {
        String text;
        try {
            text = json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result could not be written as JSON", e);
        }
        int inserted = entityManager.createNativeQuery("insert into idempotency_record (subject, idempotency_key, request_hash, result) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb)) on conflict do nothing")
                .setParameter(1, request.subject()).setParameter(2, request.key()).setParameter(3, request.requestHash())
                .setParameter(4, text).executeUpdate();
        if (inserted == 0) {
            throw Problems.conflict("Another request with Idempotency-Key " + request.key() + " was being answered at the same "
                    + "time; send it again to get its result");
        }
    }

    /** SHA-256 in hex, the request hash of a key's record. */
    public static String sha256(String request) {
        return sha256(request.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

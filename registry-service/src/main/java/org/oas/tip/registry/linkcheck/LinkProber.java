package org.oas.tip.registry.linkcheck;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Asks a link whether it answers: HEAD first, GET when a server refuses HEAD, redirects followed by hand so that every
 * hop passes the allowed-hosts rule, all within one deadline per link. Never reads a body.
 */
@ApplicationScoped
public class LinkProber {

    private static final Logger LOG = Logger.getLogger(LinkProber.class);
    private static final String USER_AGENT = "oas-tip-registry-link-check/1.0";
    /** What servers answer to a HEAD they do not support, though a GET would work. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 406, 501);
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final Duration timeout;
    private final AllowedHosts hosts;

    public LinkProber(LinkCheckConfig config, AllowedHosts hosts) {
        this.timeout = config.timeout();
        this.hosts = hosts;
        // HTTP/1.1: the h2c upgrade of plain-http requests only adds a way for old servers to misbehave
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The final status of an allowed link, or null when it does not answer within the timeout; never fails. */
    public CompletableFuture<Integer> status(URI uri) {
        return follow(uri, "HEAD", 0, Instant.now().plus(timeout)).exceptionally(e -> {
            LOG.debugf("%s did not answer: %s", uri, e);
            return null;
        });
    }

    private CompletableFuture<Integer> follow(URI uri, String method, int redirects, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).timeout(left)
                    .header("User-Agent", USER_AGENT).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenCompose(response -> {
            discard(response.body());
            int status = response.statusCode();
            if (method.equals("HEAD") && HEAD_REFUSED.contains(status)) {
                return follow(uri, "GET", redirects, deadline);
            }
            Optional<URI> next = redirect(uri, response);
            if (next.isPresent() && redirects < MAX_REDIRECTS && hosts.allows(next.get())) {
                return follow(next.get(), method, redirects + 1, deadline);
            }
            // a redirect out of the allowed hosts, or one too many: the link still answered, with this status
            return CompletableFuture.completedFuture(status);
        });
    }

    private static Optional<URI> redirect(URI from, HttpResponse<?> response) {
        int status = response.statusCode();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(AllowedHosts.parse(from.resolve(location.strip()).toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Closing the stream unread drops the connection instead of downloading a document we only wanted to see. */
    private static void discard(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // nothing was wanted from it
        }
    }
}

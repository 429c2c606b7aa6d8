package org.oas.tip.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling of health endpoints while the stack starts. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {
    }

    /** Whether a GET answers 200 right now. */
    static boolean ok(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until {@code url} answers 200, printing a dot every few seconds.
     *
     * @param alive stops the wait early when the process that should answer has died
     */
    static void awaitOk(String what, String url, Duration timeout, BooleanSupplier alive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextDot = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!ok(url)) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(what + " stopped while starting; see its log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not ready after " + timeout.toSeconds() + " s (" + url + ")");
            }
            if (System.nanoTime() > nextDot) {
                System.out.print(".");
                System.out.flush();
                nextDot = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            sleep(Duration.ofMillis(250));
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

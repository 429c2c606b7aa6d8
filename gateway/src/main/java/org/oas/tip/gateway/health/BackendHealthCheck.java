package org.oas.tip.gateway.health;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import org.oas.tip.gateway.proxy.Backend;

/** Reports one backend UP when its own {@code /q/health/ready} answers 200 within the health timeout, DOWN otherwise. */
public class BackendHealthCheck implements AsyncHealthCheck {

    static final String READINESS_PATH = "/q/health/ready";

    private final Backend backend;
    private final HttpClient client;
    private final Duration timeout;

    public BackendHealthCheck(Backend backend, HttpClient client, Duration timeout) {
        this.backend = backend;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        long millis = timeout.toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.secure())
                .setURI(READINESS_PATH)
                .setConnectTimeout(millis)
                .setIdleTimeout(millis);
        return Uni.createFrom()
                .completionStage(() -> client.request(options)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(ignored -> response))
                        .toCompletionStage())
                // the idle timeout already bounds the call; this guards against a trickling answer
                .ifNoItem().after(timeout.multipliedBy(2)).fail()
                .map(this::fromResponse)
                .onFailure().recoverWithItem(this::fromFailure);
    }

    private HealthCheckResponse fromResponse(HttpClientResponse response) {
        return HealthCheckResponse.named(backend.name())
                .status(response.statusCode() == 200)
                .withData("url", backend.url().toString())
                .withData("status", response.statusCode())
                .build();
    }

    private HealthCheckResponse fromFailure(Throwable failure) {
        return HealthCheckResponse.named(backend.name())
                .down()
                .withData("url", backend.url().toString())
                .withData("error", failure.getClass().getSimpleName() + ": " + failure.getMessage())
                .build();
    }
}

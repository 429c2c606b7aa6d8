package org.oas.tip.bench;

import java.net.http.HttpClient;
import java.time.Duration;

/** The JDK HTTP client as every benchmark uses it: HTTP/1.1 over keep-alive connections, as the services' clients talk. */
public final class Http {

    private Http() {
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }
}

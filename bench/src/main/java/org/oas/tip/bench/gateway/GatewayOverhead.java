package org.oas.tip.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.oas.tip.bench.Args;
import org.oas.tip.bench.Http;
import org.oas.tip.bench.Stats;

/**
 * Added latency of the gateway: the same GET sent directly to a service and through the gateway, interleaved
 * request by request over one keep-alive connection each, so both see the same machine noise.
 *
 * <pre>gateway-overhead [directUrl] [gatewayUrl] [requests]</pre>
 */
public final class GatewayOverhead {

    private static final int WARM_UP = 3_000;

    private GatewayOverhead() {
    }

    public static void run(Args args) throws Exception {
        String direct = args.string(0, "http://localhost:8082/api/registry/v1/countries/ARG");
        String proxied = args.string(1, "http://localhost:8080/api/registry/v1/countries/ARG");
        int n = args.integer(2, 20_000);
        HttpClient directClient = Http.client();
        HttpClient gatewayClient = Http.client();
        HttpRequest d = HttpRequest.newBuilder(URI.create(direct)).timeout(Duration.ofSeconds(5)).build();
        HttpRequest g = HttpRequest.newBuilder(URI.create(proxied)).timeout(Duration.ofSeconds(5)).build();

        for (int i = 0; i < WARM_UP; i++) { // both paths: JIT, connection pools
            send(directClient, d);
            send(gatewayClient, g);
        }
        long[] directNs = new long[n];
        long[] gatewayNs = new long[n];
        long[] addedNs = new long[n];
        for (int i = 0; i < n; i++) {
            if ((i & 1) == 0) {
                directNs[i] = send(directClient, d);
                gatewayNs[i] = send(gatewayClient, g);
            } else {
                gatewayNs[i] = send(gatewayClient, g);
                directNs[i] = send(directClient, d);
            }
            addedNs[i] = gatewayNs[i] - directNs[i];
        }
        System.out.printf("requests per path: %d (interleaved)%n", n);
        System.out.printf("direct   p50 %.3f ms  p99 %.3f ms%n", Stats.ms(directNs, 50), Stats.ms(directNs, 99));
        System.out.printf("gateway  p50 %.3f ms  p99 %.3f ms%n", Stats.ms(gatewayNs, 50), Stats.ms(gatewayNs, 99));
        System.out.printf("added    p50 %.3f ms  p99 %.3f ms  (p50/p99 of gateway minus direct; paired difference p50 %.3f ms)%n",
                Stats.ms(gatewayNs, 50) - Stats.ms(directNs, 50), Stats.ms(gatewayNs, 99) - Stats.ms(directNs, 99),
                Stats.ms(addedNs, 50));
    }

    private static long send(HttpClient client, HttpRequest request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long t = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return t;
    }
}

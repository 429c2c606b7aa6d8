import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Added latency of the gateway: the same GET sent directly to a service and through the gateway, interleaved
 * request by request over one keep-alive connection each, so both see the same machine noise.
 *
 * <pre>java bench/GatewayOverhead.java [directUrl] [gatewayUrl] [requests]</pre>
 */
public class GatewayOverhead {

    public static void main(String[] args) throws Exception {
        String direct = args.length > 0 ? args[0] : "http://localhost:8082/api/registry/v1/countries/ARG";
        String proxied = args.length > 1 ? args[1] : "http://localhost:8080/api/registry/v1/countries/ARG";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        HttpClient directClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpClient gatewayClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest d = HttpRequest.newBuilder(URI.create(direct)).timeout(Duration.ofSeconds(5)).build();
        HttpRequest g = HttpRequest.newBuilder(URI.create(proxied)).timeout(Duration.ofSeconds(5)).build();

        for (int i = 0; i < 3_000; i++) { // warm-up of both paths (JIT, connection pools)
            send(directClient, d);
            send(gatewayClient, g);
        }
        long[] directNs = new long[n];
        long[] gatewayNs = new long[n];
        long[] addedNs = new long[n];
        for (int i = 0; i < n; i++) {
            boolean directFirst = (i & 1) == 0;
            if (directFirst) {
                directNs[i] = send(directClient, d);
                gatewayNs[i] = send(gatewayClient, g);
            } else {
                gatewayNs[i] = send(gatewayClient, g);
                directNs[i] = send(directClient, d);
            }
            addedNs[i] = gatewayNs[i] - directNs[i];
        }
        System.out.printf("requests per path: %d (interleaved)%n", n);
        System.out.printf("direct   p50 %.3f ms  p99 %.3f ms%n", p(directNs, 50), p(directNs, 99));
        System.out.printf("gateway  p50 %.3f ms  p99 %.3f ms%n", p(gatewayNs, 50), p(gatewayNs, 99));
        System.out.printf("added    p50 %.3f ms  p99 %.3f ms  (p50/p99 of gateway minus direct; paired difference p50 %.3f ms)%n",
                p(gatewayNs, 50) - p(directNs, 50), p(gatewayNs, 99) - p(directNs, 99), p(addedNs, 50));
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

    private static double p(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}

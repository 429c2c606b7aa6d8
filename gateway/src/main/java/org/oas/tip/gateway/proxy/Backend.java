package org.oas.tip.gateway.proxy;

import java.net.URI;

/** One service behind the gateway: its name, the path prefix it owns and where it listens. */
public record Backend(String name, String pathPrefix, URI url) {

    /** The host to connect to. */
    public String host() {
        return url.getHost();
    }

    /** The port to connect to, defaulting by scheme when the URL names none. */
    public int port() {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return secure() ? 443 : 80;
    }

    /** Whether the backend is reached over TLS. */
    public boolean secure() {
        return "https".equalsIgnoreCase(url.getScheme());
    }
}

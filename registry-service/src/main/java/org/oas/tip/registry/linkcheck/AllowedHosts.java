package org.oas.tip.registry.linkcheck;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which links may be requested at all: http(s) links whose host matches {@code tip.registry.link-check.allowed-hosts}. */
@ApplicationScoped
public class AllowedHosts {

    private final Pattern hosts;

    public AllowedHosts(LinkCheckConfig config) {
        this.hosts = Pattern.compile(config.allowedHosts(), Pattern.CASE_INSENSITIVE);
    }

    public boolean allows(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return hosts.matcher(host).matches();
    }

    /**
     * The link as an absolute http(s) URI a client can send, or null. Links as people paste them often carry spaces
     * or accents; a browser would encode them, so this does too rather than failing the link.
     */
    static URI parse(String link) {
        if (link == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            try {
                URL url = new URL(link.strip());
                uri = new URI(url.getProtocol(), url.getUserInfo(), url.getHost(), url.getPort(), url.getPath(), url.getQuery(),
                        url.getRef());
            } catch (MalformedURLException | URISyntaxException notEvenThat) {
                return null;
            }
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return null;
        }
        return URI.create(uri.toASCIIString());
    }
}

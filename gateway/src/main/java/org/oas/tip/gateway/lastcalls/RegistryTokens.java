package org.oas.tip.gateway.lastcalls;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;

/**
 * The gateway's own access token (client credentials of the client {@code gateway}, {@code quarkus.oidc-client.*}),
 * kept and renewed by quarkus-oidc-client's token producer; fetched on the first report, not at start.
 */
@ApplicationScoped
public class RegistryTokens extends AbstractTokensProducer {

    @Override
    protected void initTokens() {
        // no early acquisition: the identity provider may start after the gateway
    }
}

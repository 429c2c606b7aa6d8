package org.oas.tip.stack;

/** What the stack prints once it is up: where things are and how to get a token. */
final class Banner {

    private Banner() {
    }

    static String text(StackConfig c) {
        return """

                OAS trafficking-in-persons reporting: local stack is up
                  Gateway      %1$s
                  Swagger UI   %1$s/q/swagger-ui   (Authorize: client tip-swagger-ui, user admin / demo)
                  Keycloak     %2$s/admin   (console: admin / admin)
                  Operators    health details and metrics of each application on its port + 10: %6$s/q/health, /q/metrics
                  Mail         ./stack mail%5$s   (SMTP localhost:%7$d takes any recipient; IMAP %8$d, log in as the address)
                  Logs         %3$s

                Get a token for the demo member-state tool of Argentina and call the API:
                  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=tool-arg -d client_secret=local-dev-secret-arg \\
                    %4$s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %1$s/api/questionnaire/v1/cycles

                From another terminal: ./stack status | restart <name> | stop <name> | start <name>%5$s
                  (names: questionnaire-service, registry-service, analytics-service, gateway, mail)
                Ctrl-C stops everything.
                """.formatted(c.gatewayUrl(), c.keycloakUrl(), c.home().resolve("logs"), c.issuer(),
                c.portBase() == StackConfig.DEFAULT_PORT_BASE ? "" : "   --port-base " + c.portBase(),
                "http://localhost:" + StackConfig.managementPort(c.gatewayPort()), c.smtpPort(), c.imapPort());
    }
}

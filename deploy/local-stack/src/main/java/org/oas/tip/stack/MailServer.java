package org.oas.tip.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The stack's own mail server, GreenMail in the launcher's process: SMTP on {@link StackConfig#smtpPort} (Keycloak's
 * realm sends through it) and IMAP on {@link StackConfig#imapPort}, both on the loopback interface only. It takes mail
 * for any recipient and keeps it in memory, so stopping the server or the stack empties the inbox; a developer reads it
 * through {@link Mailbox} ({@code ./stack mail}, {@code GET /mail} on the control port) or with a mail client over IMAP.
 */
final class MailServer implements ExtraServer {

    static final String NAME = "mail";
    private static final String LOOPBACK = "127.0.0.1";

    private final Mailbox mailbox;

    MailServer(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AutoCloseable start(StackConfig config) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(config.smtpPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(config.imapPort(), LOOPBACK, ServerSetup.PROTOCOL_IMAP)})
                // a mail client logs in over IMAP as the recipient's address with any password
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new IllegalStateException("could not start the mail server on ports " + config.smtpPort() + " (SMTP) and "
                    + config.imapPort() + " (IMAP): " + e.getMessage(), e);
        }
        mailbox.attach(server);
        return () -> {
            mailbox.detach(server);
            server.stop();
        };
    }

    @Override
    public String where(StackConfig config) {
        return ": SMTP on port " + config.smtpPort() + ", IMAP on port " + config.imapPort() + ", in the launcher's process";
    }
}

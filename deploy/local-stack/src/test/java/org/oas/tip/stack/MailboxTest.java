package org.oas.tip.stack;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stack's mail server and inbox without the rest of the stack: a message sent with a plain SMTP client to the
 * SMTP port comes back through the control port's {@code GET /mail} with its text and links (and to a mail client over
 * IMAP), {@code DELETE /mail} empties the inbox, and a stopped server says so.
 */
class MailboxTest {

    private StackConfig config;
    private ControlServer control;
    private AutoCloseable mailServer;
    private MailServer server;

    @BeforeEach
    void start() throws Exception {
        config = new StackConfig(Path.of("."), Path.of("target/mailbox-test"), Path.of("."), freePortBase());
        LocalStack stack = new LocalStack(config);
        control = ControlServer.start(config, stack);
        server = new MailServer(stack.mailbox());
        mailServer = server.start(config);
    }

    @AfterEach
    void stop() throws Exception {
        mailServer.close();
        control.close();
    }

    @Test
    void aMessageSentThroughTheSmtpPortIsListedWithItsTextAndLinks() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String link = "http://localhost:8180/realms/oas-tip/login-actions/action-token?key=abc.def-ghi&client_id=account";
        send("no-reply@tip.oas.local", List.of("focal-brb@example.org"), "Update Your Account",
                "Someone asked you to set a password.\n\n" + link + "\n\nThis link will expire within 12 hours.",
                "<p>Someone asked you to set a password.</p><p><a href=\"" + link.replace("&", "&amp;") + "\">Link</a></p>");
        send("someone@example.org", List.of("analyst@example.org"), "Second", "No link here.", null);

        HttpResponse<String> response = get();
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        List<Mailbox.Mail> mails = Mailbox.parse(response.body());
        assertEquals(2, mails.size(), response.body());
        Mailbox.Mail first = mails.get(0);
        assertEquals("no-reply@tip.oas.local", first.from());
        assertEquals(List.of("focal-brb@example.org"), first.to());
        assertEquals("Update Your Account", first.subject());
        assertEquals("Someone asked you to set a password.\n\n" + link + "\n\nThis link will expire within 12 hours.", first.text(),
                "the plain-text part, not the HTML, with its lines as sent");
        assertEquals(List.of(link), first.links());
        assertTrue(!first.receivedAt().isBefore(before) && !first.receivedAt().isAfter(Instant.now()), first.receivedAt().toString());
        assertEquals("Second", mails.get(1).subject(), "newest last");
        assertEquals(List.of(), mails.get(1).links());

        String readable = Mailbox.readable(mails, config.smtpPort());
        assertTrue(readable.contains("to focal-brb@example.org") && readable.contains("Update Your Account") && readable.contains(link),
                readable);
    }

    @Test
    void aMessageToSeveralRecipientsIsListedOnceWithAllOfThem() throws Exception {
        send("no-reply@tip.oas.local", List.of("a@example.org", "b@example.org"), "To both", "Hello", null);
        List<Mailbox.Mail> mails = Mailbox.parse(get().body());
        assertEquals(1, mails.size());
        assertEquals(List.of("a@example.org", "b@example.org"), mails.get(0).to());
    }

    @Test
    void anHtmlOnlyMessageGivesItsTextAndItsLinks() throws Exception {
        send("no-reply@tip.oas.local", List.of("c@example.org"), "HTML only", null,
                "<html><body><p>Set it <a href=\"http://localhost:8180/x?a=1&amp;b=2\">here</a>.</p></body></html>");
        Mailbox.Mail mail = Mailbox.parse(get().body()).get(0);
        assertEquals(List.of("http://localhost:8180/x?a=1&b=2"), mail.links());
        assertTrue(mail.text().contains("Set it"), mail.text());
    }

    @Test
    void deleteEmptiesTheInboxAndAStoppedServerAnswers503() throws Exception {
        send("no-reply@tip.oas.local", List.of("d@example.org"), "Soon gone", "text", null);
        assertEquals(1, Mailbox.parse(get().body()).size());
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(request("/mail").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, deleted.statusCode());
        assertEquals(List.of(), Mailbox.parse(get().body()));
        assertTrue(Mailbox.readable(List.of(), config.smtpPort()).startsWith("No mail."));

        mailServer.close();
        assertEquals(503, get().statusCode());
        mailServer = server.start(config);
        assertEquals(200, get().statusCode(), "started again on the same ports");
    }

    @Test
    void aMailClientReadsTheRecipientsInboxOverImapWithAnyPassword() throws Exception {
        send("no-reply@tip.oas.local", List.of("focal-brb@example.org"), "Over IMAP", "Read me with a mail client.", null);
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("localhost", config.imapPort(), "focal-brb@example.org", "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(1, inbox.getMessageCount());
            assertEquals("Over IMAP", inbox.getMessage(1).getSubject());
            inbox.close(false);
        } finally {
            store.close();
        }
    }

    private void send(String from, List<String> to, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(config.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, String.join(",", to));
        message.setSubject(subject);
        if (html == null) {
            message.setText(text, "UTF-8");
        } else if (text == null) {
            message.setContent(html, "text/html; charset=UTF-8");
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(rich);
            message.setContent(alternative);
        }
        Transport.send(message);
    }

    private HttpResponse<String> get() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request("/mail").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.controlPort() + path)).timeout(Duration.ofSeconds(10));
    }

    /** A port base whose SMTP, IMAP and control ports are free (away from the developer's, e2e and bench stacks). */
    private static int freePortBase() {
        for (int base = 21080; base < 27000; base += 200) {
            if (free(base + 25) && free(base + 43) && free(base + 99)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base for the mail test");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

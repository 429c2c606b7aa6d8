package org.oas.tip.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack's inbox as a developer reads it: every message the {@link MailServer} took, for any recipient, newest last,
 * with its plain-text body and the links in it (a password-setup e-mail's action link, say). {@code GET /mail} on the
 * control port gives them as JSON, {@code DELETE /mail} empties the inbox, and {@code ./stack mail} prints them.
 */
final class Mailbox {

    /** One message; {@code to} lists its To and Cc addresses, {@code receivedAt} is when the SMTP server took it. */
    record Mail(String from, List<String> to, String subject, Instant receivedAt, String text, List<String> links) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private volatile GreenMail server;

    void attach(GreenMail server) {
        this.server = server;
    }

    void detach(GreenMail server) {
        if (this.server == server) {
            this.server = null;
        }
    }

    /** Whether the mail server runs (a stopped one has no inbox: it kept the messages in memory only). */
    boolean isOpen() {
        return server != null;
    }

    /** The messages, oldest first; one entry per message even when it went to several recipients' inboxes. */
    List<Mail> messages() {
        GreenMail current = requireOpen();
        List<StoredMessage> stored = new ArrayList<>(current.getManagers().getImapHostManager().getAllMessages());
        stored.sort(Comparator.comparing(StoredMessage::getReceivedDate).thenComparing(StoredMessage::getUid));
        Map<String, Mail> byId = new LinkedHashMap<>();
        for (StoredMessage message : stored) {
            try {
                MimeMessage mime = message.getMimeMessage();
                String id = mime.getMessageID() != null ? mime.getMessageID() : "uid-" + message.getUid() + "-" + byId.size();
                byId.putIfAbsent(id, mail(mime, message.getReceivedDate().toInstant()));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("could not read a stored message: " + e.getMessage(), e);
            }
        }
        return List.copyOf(byId.values());
    }

    /** Empties every recipient's inbox. */
    void clear() {
        try {
            requireOpen().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not empty the inbox: " + e.getMessage(), e);
        }
    }

    private GreenMail requireOpen() {
        GreenMail current = server;
        if (current == null) {
            throw new IllegalStateException("the mail server is stopped (./stack start " + MailServer.NAME + ")");
        }
        return current;
    }

    static Mail mail(MimeMessage mime, Instant receivedAt) throws MessagingException, IOException {
        List<String> to = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = mime.getRecipients(type);
            if (addresses != null) {
                Arrays.stream(addresses).map(Mailbox::address).forEach(to::add);
            }
        }
        Address[] from = mime.getFrom();
        String text = body(mime);
        return new Mail(from == null || from.length == 0 ? null : address(from[0]), to, mime.getSubject(), receivedAt, text, links(text));
    }

    /** The plain-text body; where a message has only HTML, that HTML without its tags. */
    static String body(Part message) throws MessagingException, IOException {
        String plain = first(message, "text/plain");
        if (plain != null) {
            return plain.replace("\r\n", "\n").strip();
        }
        String html = first(message, "text/html");
        if (html == null) {
            return "";
        }
        String text = html.replace("\r\n", "\n").replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>", " $1 ")
                .replaceAll("<[^>]+>", " ");
        return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("[ \\t]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }

    private static String first(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = first(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The http(s) links in a text, once each, in their order. */
    static List<String> links(String text) {
        LinkedHashSet<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            links.add(m.group().replaceAll("[.,;:)\\]]+$", ""));
        }
        return List.copyOf(links);
    }

    private static String address(Address address) {
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    /** The inbox as {@code ./stack mail} prints it: recipient, subject, time and links of each message, newest last. */
    static String readable(List<Mail> mails, int smtpPort) {
        if (mails.isEmpty()) {
            return "No mail. The stack's SMTP server (localhost:" + smtpPort + ") takes mail for any recipient.\n";
        }
        StringBuilder out = new StringBuilder(mails.size() + (mails.size() == 1 ? " message" : " messages") + ", newest last:\n");
        int n = 0;
        for (Mail mail : mails) {
            out.append('\n').append(++n).append(". ").append(TIME.format(mail.receivedAt()))
                    .append("  to ").append(String.join(", ", mail.to()))
                    .append("  from ").append(mail.from()).append('\n')
                    .append("   ").append(mail.subject()).append('\n');
            mail.links().forEach(link -> out.append("   ").append(link).append('\n'));
        }
        return out.toString();
    }

    /** The JSON of {@code GET /mail}: an array of {@link Mail}, {@code receivedAt} as an ISO-8601 instant. */
    static String json(List<Mail> mails) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(mails);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what {@link #json} wrote (the {@code ./stack mail} command's side). */
    static List<Mail> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Mail>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not the control port's list of mail: " + e.getMessage(), e);
        }
    }
}

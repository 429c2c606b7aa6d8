package org.oas.tip.registry.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rules' patterns keep the registry's former checks: java.net.URI for links, and the telephone and e-mail
 * expressions matched on the stripped contact. Each sample is judged by the former check and by the pattern, as a
 * JSON Schema validator applies it ({@code find}).
 */
class PatternsTest {

    private static final Pattern LINK = Pattern.compile(Patterns.anchored(Patterns.WEB_LINK));
    private static final Pattern CONTACT_URL = Pattern.compile(Patterns.padded(Patterns.WEB_LINK));
    private static final Pattern PHONE = Pattern.compile(Patterns.padded(Patterns.PHONE));
    private static final Pattern EMAIL = Pattern.compile(Patterns.padded(Patterns.EMAIL));
    private static final Pattern FORMER_PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{1,29}( ?(ext\\.?|x) ?[0-9]{1,6})?");
    private static final Pattern FORMER_EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The registry's check before the rules were published. */
    private static boolean formerWebLink(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.argentina.gob.ar/normativa/nacional/ley-26364-140100", "http://tratadepersonas.subinterior.gov.cl/",
            "HTTPS://EXAMPLE.ORG", "https://example.org:8080/a/b?c=d&e=f#g", "https://user:secret@example.org/", "https://1.2.3.4/x",
            "https://example.org./", "https://localhost", "https://123", "https://[::1]:8080/", "https://x.org/ñandú?q=[1]",
            "https://x.org/%20a", "https://x.org/a;b,c=d+e$f!g*h'i(j)k~l", "https://x.org#frag", "https://x.org?",
            "https://a-b.c-d.org/", "http://x.org:/",
            "ftp://example.org/a", "mailto:a@b.org", "www.example.org", "/relative/path", "https://", "https:///a",
            "https://a_b.org/", "https://-a.org/", "https://a-.org/", "https://1.2.3.256/", "https://1.2.3.4.5/", "https://ex.123/",
            "https://x.org/a b", "https://x.org/%zz", "https://x.org/{a}", "https://x.org/a|b", "https://x.org/a\"b",
            " https://x.org", "https://x.org\n", "https://x.org/\u2028", "https://x.org/a#b#c", "https://ñandú.org/",
            "https://x.org/a\\b", "https://x.org/<a>", "https://x.org/^", "https://x.org/`"})
    void linksAreJudgedAsJavaNetUriJudgedThem(String link) {
        assertEquals(formerWebLink(link), LINK.matcher(link).find(), link);
        assertEquals(formerWebLink(link.strip()), CONTACT_URL.matcher(link).find() && !link.isBlank(), "as a contact: " + link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"145", "911", "0800-222-1717", "+1 (888) 373-7888", "2222-2222 ext. 12", "2222 x12", " 145 ",
            "145\n", "(01) 4.123/456", "0800-TRATA", "call the police", "1", "+", "145 ext", "12345678901234567890123456789012",
            "145; 911", "145 o 911"})
    void telephoneNumbersAreJudgedAsBefore(String contact) {
        assertEquals(FORMER_PHONE.matcher(contact.strip()).matches(), PHONE.matcher(contact).find(), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"denuncias@mpf.gob.ar", " a@b.co ", "a.b+c@d-e.f.org", "a@b", "a at b.org", "a@b@c.org", "a b@c.org",
            "@b.org", "a@.org", "a@b.", "a@b.org\n"})
    void emailAddressesAreJudgedAsBefore(String contact) {
        assertEquals(FORMER_EMAIL.matcher(contact.strip()).matches(), EMAIL.matcher(contact).find(), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankContactIsNoContactAndPassesAsBefore(String contact) {
        assertEquals(true, PHONE.matcher(contact).find(), "a blank contact was never checked");
    }
}

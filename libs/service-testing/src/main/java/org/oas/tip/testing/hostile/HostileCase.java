package org.oas.tip.testing.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One hostile request for an operation before a caller is chosen: what kind of input it carries (the group it is
 * reported under), where, the raw request target and body, and whether it must be refused whatever the rules of the
 * operation (a NUL byte, a wrong JSON type, an unknown parameter...) or may be accepted (an injection string in a
 * free text).
 *
 * @param ifMatch null: a current ETag of the resource is sent when the operation declares If-Match; otherwise sent
 *                as is, and the empty string sends none
 * @param contentType null sends no Content-Type
 */
public record HostileCase(String kind, String where, byte[] target, byte[] body, String contentType,
                          List<RawHttp.Header> headers, String ifMatch, boolean mustRefuse) {

    /** The request target as printable text (bytes beyond ASCII as %XX), for reports. */
    public String targetText() {
        return printable(target, 160);
    }

    public String bodyText() {
        return body == null ? "" : printable(body, 160);
    }

    static String printable(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c > 0x7e ? String.format("\\x%02X", (int) c) : String.valueOf(c));
        }
        if (out.length() >= max) {
            out.append("...(").append(bytes.length).append(" bytes)");
        }
        return out.toString();
    }
}

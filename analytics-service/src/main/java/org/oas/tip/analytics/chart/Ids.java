package org.oas.tip.analytics.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Prefixes for the ids JFreeSVG writes, fixed per chart so output is cacheable and two inlined charts never share an id. */
final class Ids {

    private Ids() {
    }

    /**
     * A prefix that is a valid XML name and differs for different codes: letters and digits stay, '.' becomes '-', '_'
     * doubles and any other character becomes '_' with four hex digits, which can be read back unambiguously.
     */
    static String forCode(String code) {
        StringBuilder sb = new StringBuilder("tip-");
        String c = code == null ? "" : code;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch < 128 && Character.isLetterOrDigit(ch)) {
                sb.append(ch);
            } else if (ch == '.') {
                sb.append('-');
            } else if (ch == '_') {
                sb.append("__");
            } else {
                sb.append('_').append(String.format("%04x", (int) ch));
            }
        }
        return sb.append('-').toString();
    }

    /** A prefix for a chart without a code: a digest of everything drawn, so only identical charts share it. */
    static String forContent(String kind, Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0); // keeps ("ab","c") and ("a","bc") apart
            }
            return kind + "-" + HexFormat.of().formatHex(digest.digest(), 0, 6) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}

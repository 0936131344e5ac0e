package org.entente.agents;

import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of the "entente-text" content language under {@link ContentCodec}: percent-escaping of
 * its separators, splitting, numbers, and a content split once into its kind and key=value fields.
 */
final class ContentSyntax {
    private static final String SPECIAL = "%;=|:,\n\r";

    private ContentSyntax() {
    }

    /** Percent-escapes the separators of this language; returns {@code s} itself when it has none. */
    public static String escape(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && SPECIAL.indexOf(s.charAt(i)) < 0) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 8);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String unescape(String s) {
        int i = s.indexOf('%');
        if (i < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, i);
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw malformed(s, "bad escape");
                b.append((char) (hi * 16 + lo));
                i += 3;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    static IllegalArgumentException malformed(String content, String why) {
        return new IllegalArgumentException("malformed entente-text content (" + why + "): " + content);
    }

    static int parseInt(String content, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + v + "' is not an integer");
        }
    }

    static double parseReal(String content, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + v + "' is not a number");
        }
    }

    /** A content split once into its kind and key=value fields. */
    static final class Parsed {
        final String content;
        final String kind;
        String[] keys = new String[8];
        String[] values = new String[8];
        int size;

        private Parsed(String content, String kind) {
            this.content = content;
            this.kind = kind;
        }

        static Parsed of(String content) {
            if (content == null) throw malformed("null", "empty");
            int semi = content.indexOf(';');
            Parsed p = new Parsed(content, semi < 0 ? content : content.substring(0, semi));
            int from = semi < 0 ? content.length() : semi + 1;
            while (from < content.length()) {
                int end = content.indexOf(';', from);
                if (end < 0) end = content.length();
                int eq = content.indexOf('=', from);
                if (eq < 0 || eq > end) throw malformed(content, "field without '='");
                if (p.size == p.keys.length) {
                    p.keys = java.util.Arrays.copyOf(p.keys, p.size * 2);
                    p.values = java.util.Arrays.copyOf(p.values, p.size * 2);
                }
                p.keys[p.size] = content.substring(from, eq);
                p.values[p.size] = content.substring(eq + 1, end);
                p.size++;
                from = end + 1;
            }
            return p;
        }

        String get(String key) {
            for (int i = 0; i < size; i++) if (keys[i].equals(key)) return values[i];
            return null;
        }

        String need(String key) {
            String v = get(key);
            if (v == null) throw malformed(content, "no field '" + key + "'");
            return v;
        }

        String text(String key) {
            String v = get(key);
            return v == null ? null : unescape(v);
        }

        int integer(String key) {
            return parseInt(content, need(key));
        }

        double real(String key) {
            return parseReal(content, need(key));
        }

        boolean flag(String key) {
            return need(key).equals("1");
        }

        Offer offer(String key) {
            try {
                return Offer.parse(need(key));
            } catch (NumberFormatException e) {
                throw malformed(content, "field '" + key + "' is not an offer");
            }
        }
    }
}

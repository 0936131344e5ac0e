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
        return parseInt(content, v, 0, v.length());
    }

    /** The integer written in {@code text} from {@code from} to {@code to}, read where it lies; {@code content} is what the error quotes. */
    static int parseInt(String content, String text, int from, int to) {
        try {
            return Integer.parseInt(text, from, to, 10);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + text.substring(from, to) + "' is not an integer");
        }
    }

    static double parseReal(String content, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw malformed(content, "'" + v + "' is not a number");
        }
    }

    /**
     * A content (or one line of it) split once into its kind and key=value fields. The fields are kept as
     * positions in the content and read where they lie: a field costs a string only when its value is asked
     * for as text, and none when it is a number or an offer.
     */
    static final class Parsed {
        private final String content;
        private final int from;
        private final int to;
        final String kind;
        /** Per field: where its key starts, where it ends (the '='), where its value ends. */
        private int[] bounds = new int[3 * 8];
        int size;

        private Parsed(String content, int from, int to, String kind) {
            this.content = content;
            this.from = from;
            this.to = to;
            this.kind = kind;
        }

        static Parsed of(String content) {
            if (content == null) throw malformed("null", "empty");
            return of(content, 0, content.length());
        }

        /** The part of {@code content} from {@code from} to {@code to} (one line of it, say). */
        static Parsed of(String content, int from, int to) {
            int semi = content.indexOf(';', from);
            if (semi >= to) semi = -1;
            Parsed p = new Parsed(content, from, to, content.substring(from, semi < 0 ? to : semi));
            int at = semi < 0 ? to : semi + 1;
            while (at < to) {
                int end = content.indexOf(';', at);
                if (end < 0 || end > to) end = to;
                int eq = content.indexOf('=', at);
                if (eq < 0 || eq > end) throw malformed(p.text(), "field without '='");
                if (3 * p.size == p.bounds.length) p.bounds = java.util.Arrays.copyOf(p.bounds, 2 * p.bounds.length);
                p.bounds[3 * p.size] = at;
                p.bounds[3 * p.size + 1] = eq;
                p.bounds[3 * p.size + 2] = end;
                p.size++;
                at = end + 1;
            }
            return p;
        }

        /** The text parsed, for messages. */
        String text() {
            return from == 0 && to == content.length() ? content : content.substring(from, to);
        }

        String key(int i) {
            return content.substring(bounds[3 * i], bounds[3 * i + 1]);
        }

        String value(int i) {
            return content.substring(bounds[3 * i + 1] + 1, bounds[3 * i + 2]);
        }

        /** Whether field i's key starts with {@code prefix}. */
        boolean keyStartsWith(int i, String prefix) {
            return bounds[3 * i + 1] - bounds[3 * i] >= prefix.length() && content.startsWith(prefix, bounds[3 * i]);
        }

        /** The index of the first field named {@code key}, or -1. */
        private int find(String key) {
            for (int i = 0; i < size; i++) {
                int start = bounds[3 * i];
                if (bounds[3 * i + 1] - start == key.length() && content.startsWith(key, start)) return i;
            }
            return -1;
        }

        private int needIndex(String key) {
            int i = find(key);
            if (i < 0) throw malformed(text(), "no field '" + key + "'");
            return i;
        }

        String get(String key) {
            int i = find(key);
            return i < 0 ? null : value(i);
        }

        String need(String key) {
            return value(needIndex(key));
        }

        String text(String key) {
            String v = get(key);
            return v == null ? null : unescape(v);
        }

        int integer(String key) {
            int i = needIndex(key);
            return parseInt(text(), content, bounds[3 * i + 1] + 1, bounds[3 * i + 2]);
        }

        double real(String key) {
            return parseReal(text(), need(key));
        }

        boolean flag(String key) {
            int i = needIndex(key);
            int v = bounds[3 * i + 1] + 1;
            return bounds[3 * i + 2] - v == 1 && content.charAt(v) == '1';
        }

        Offer offer(String key) {
            int i = needIndex(key);
            try {
                return Offer.parse(content, bounds[3 * i + 1] + 1, bounds[3 * i + 2]);
            } catch (NumberFormatException e) {
                throw malformed(text(), "field '" + key + "' is not an offer");
            }
        }
    }
}

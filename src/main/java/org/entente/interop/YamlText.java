package org.entente.interop;

import org.entente.model.Escaping;

import java.math.BigDecimal;

/** Scalars for the YAML the importer writes: numbers exactly as Java reads them back, text always safe. */
final class YamlText {
    private YamlText() {
    }

    /** The shortest decimal that reads back as the same double, in plain notation (no exponent). */
    static String number(double x) {
        if (x == 0) return "0";
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String number(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
    }

    /** A double-quoted YAML string (JSON escapes, which YAML's double-quoted style accepts). */
    static String quoted(String s) {
        return "\"" + Escaping.replaceChars(s, c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    ? String.format("\\u%04x", c) : null;
        }) + "\"";
    }

    /** Text for a comment line: one line, no control characters. */
    static String comment(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ");
    }
}

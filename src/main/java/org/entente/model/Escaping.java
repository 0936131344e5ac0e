package org.entente.model;

import java.util.function.IntFunction;

/** Text with some characters written another way, one character at a time: the one loop behind HTML and YAML escaping. */
public final class Escaping {
    private Escaping() {
    }

    /** {@code s} with each character for which {@code replacement} gives a string written as that string (null: kept). */
    public static String replaceChars(String s, IntFunction<String> replacement) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement.apply(c);
            if (r == null) b.append(c);
            else b.append(r);
        }
        return b.toString();
    }
}

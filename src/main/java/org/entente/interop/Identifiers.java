package org.entente.interop;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Entente ids ({@code [a-z][a-z0-9_]*}, unique) made from the field's free-text names, and file stems. */
public final class Identifiers {
    private Identifiers() {
    }

    /**
     * One id per name, in order: words of camelCase split, lower case, accents dropped, other
     * characters as '_', made unique with _2, _3...
     */
    static List<String> of(List<String> names, String prefix) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : names) {
            String base = slug(name, prefix);
            String id = base;
            for (int k = 2; used.contains(id); k++) id = base + "_" + k;
            used.add(id);
            out.add(id);
        }
        return out;
    }

    /** The file name without its last extension: "England.xml" gives "England". */
    public static String stem(Path file) {
        String f = file.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    static String slug(String name, String prefix) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty()) return prefix;
        if (!Character.isLetter(s.charAt(0))) s = prefix + "_" + s;
        return s;
    }
}

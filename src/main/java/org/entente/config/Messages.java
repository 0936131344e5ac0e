package org.entente.config;

import java.util.Collection;
import java.util.List;

/** Wording shared by the loader's error messages (and the command line's): lists of alternatives and "did you mean". */
public final class Messages {
    private Messages() {
    }

    /** Text cut to a readable length, control characters made visible, for quoting user input. */
    static String shorten(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 40; i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        if (b.length() >= 40) b.append("...");
        return b.toString();
    }

    /** "a, b, c" (or "none"). */
    static String list(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** "; did you mean 'x'?" when some known name is close to {@code given}, else "". */
    static String didYouMean(String given, Collection<String> known) {
        String best = closest(given, known);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** The known name within a small edit distance of {@code given}, or null. */
    public static String closest(String given, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(given.toLowerCase(), k.toLowerCase());
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best == null) return null;
        int limit = Math.max(1, Math.min(3, best.length() / 3));
        return bestD <= limit ? best : null;
    }

    /** Damerau-Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) return Integer.MAX_VALUE / 2;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    static List<String> quoted(Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }
}

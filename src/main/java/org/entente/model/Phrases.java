package org.entente.model;

/** The small pieces of English that labels of sweep paths and catalogue entries are made of. */
public final class Phrases {
    private Phrases() {
    }

    /** "oversight_weight" → "oversight weight". */
    public static String words(String id) {
        return id.replace('_', ' ');
    }

    /** An official's title up to the first comma, parenthesis or semicolon ("Prime Minister (Sam Matekane)" → "Prime Minister"). */
    public static String shortTitle(String title) {
        int cut = title.length();
        for (String stop : new String[]{",", " (", ";"}) {
            int i = title.indexOf(stop);
            if (i > 0) cut = Math.min(cut, i);
        }
        return title.substring(0, cut).trim();
    }

    /** A count and its noun: "1 shard", "3 shards". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "Lesotho's", "United States'". */
    public static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }
}

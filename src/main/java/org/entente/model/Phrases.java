package org.entente.model;

/** The small pieces of English that labels of sweep paths and catalogue entries are made of. */
public final class Phrases {
    private Phrases() {
    }

    /** "oversight_weight" → "oversight weight". */
    public static String words(String id) {
        return id.replace('_', ' ');
    }

    /** "Lesotho's", "United States'". */
    public static String possessive(String name) {
        return name + (name.endsWith("s") ? "'" : "'s");
    }
}

package org.entente.model;

/**
 * What the catalogue says about one config key: its kind, default (as a number where the reader
 * uses one, and as docs/config.md words it), allowed values, meaning, and, for a sweepable key, the
 * phrase that labels it in charts ("discount factor"). For a per-id key the default number is the
 * value of an id the mapping leaves out.
 */
public record FieldSpec(String key, FieldKind kind, Double defaultValue, String defaultText, Range range,
                        String allowedText, String description, String sweepLabel) implements ConfigField {

    /** A number with a fixed default. */
    public static FieldSpec number(String key, double def, Range range, String description) {
        return new FieldSpec(key, FieldKind.NUMBER, def, Numbers.format(def), range, null, description, null);
    }

    /** A number whose default depends on the rest of the config ("the party's reservation"). */
    public static FieldSpec number(String key, String defaultText, Range range, String description) {
        return new FieldSpec(key, FieldKind.NUMBER, null, defaultText, range, null, description, null);
    }

    /** A mapping of issue or interest ids to numbers in {@code range}; {@code missing} is an omitted id's value. */
    public static FieldSpec perId(String key, FieldKind kind, double missing, String defaultText, Range range,
                                  String description) {
        return new FieldSpec(key, kind, missing, defaultText, range, null, description, null);
    }

    /** Any other kind of value, its allowed values in words. */
    public static FieldSpec of(String key, FieldKind kind, String defaultText, String allowedText, String description) {
        return new FieldSpec(key, kind, null, defaultText, null, allowedText, description, null);
    }

    /** This key, sweepable, labelled {@code label} in charts. */
    public FieldSpec sweepable(String label) {
        return new FieldSpec(key, kind, defaultValue, defaultText, range, allowedText, description, label);
    }

    /** This key, sweepable, labelled by its words ("oversight_weight" → "oversight weight"). */
    public FieldSpec sweepable() {
        return sweepable(Phrases.words(key));
    }

    public boolean isSweepable() {
        return sweepLabel != null;
    }

    /** The allowed values in words: "a number in (0, 1]", "true or false", "a number >= 0 per issue". */
    public String allowed() {
        if (allowedText != null) return allowedText;
        if (kind.perId()) return range.describe() + " per " + kind.idName();
        if (range != null) return range.describe();
        return kind == FieldKind.BOOLEAN ? "true or false" : kind == FieldKind.ID ? "an id ([a-z][a-z0-9_]*)" : "text";
    }

    @Override
    public FieldSpec fieldSpec() {
        return this;
    }
}

package org.entente.config;

import java.util.List;

/**
 * A parsed YAML value with its position in the file (1-based line and column), so every
 * validation error can point at the offending key or value.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    int line();

    int column();

    /** What a user would call this kind of value in an error message. */
    String kindName();

    /** One key of a mapping, located at the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A mapping, entries in file order. */
    record Mapping(int line, int column, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Entry entry(String key) {
            for (Entry e : entries) if (e.key().equals(key)) return e;
            return null;
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** A sequence, items in file order. */
    record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** The type YAML resolved a scalar to. */
    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }

    /**
     * A scalar: its text as written and its resolved type; for numbers, {@code number} is the
     * value (possibly infinite or NaN: range checks reject those) and {@code integral} whether it
     * was written as an integer.
     */
    record Scalar(int line, int column, String text, ScalarType type, double number, boolean integral)
            implements YamlNode {
        @Override
        public String kindName() {
            return switch (type) {
                case STRING -> "the text '" + Messages.shorten(text) + "'";
                case NUMBER -> "the number " + Messages.shorten(text);
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }

        boolean isNull() {
            return type == ScalarType.NULL;
        }
    }
}

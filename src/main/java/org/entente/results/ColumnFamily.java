package org.entente.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns named from keys (party, issue, implementation series) with a common prefix and suffix,
 * such as {@code utility.<party>} or {@code utility.<party>.mean}; keys hold no dot.
 */
public record ColumnFamily(String prefix, String suffix) {

    public String of(String key) {
        return prefix + key + suffix;
    }

    /** The keys of this family's columns in a header, in header order. */
    public List<String> keysIn(List<String> header) {
        List<String> keys = new ArrayList<>();
        for (String c : header) {
            String key = keyOf(c);
            if (key != null) keys.add(key);
        }
        return keys;
    }

    /** Whether {@code column} is one of this family's. */
    public boolean matches(String column) {
        return keyOf(column) != null;
    }

    /** The key of {@code column}, or null when it is not one of this family's. */
    private String keyOf(String column) {
        if (column.length() <= prefix.length() + suffix.length() || !column.startsWith(prefix) || !column.endsWith(suffix)) {
            return null;
        }
        String key = column.substring(prefix.length(), column.length() - suffix.length());
        return key.indexOf('.') < 0 ? key : null;
    }
}

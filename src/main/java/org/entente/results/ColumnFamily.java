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
            if (c.length() <= prefix.length() + suffix.length() || !c.startsWith(prefix) || !c.endsWith(suffix)) continue;
            String key = c.substring(prefix.length(), c.length() - suffix.length());
            if (key.indexOf('.') < 0) keys.add(key);
        }
        return keys;
    }
}

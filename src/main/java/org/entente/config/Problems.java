package org.entente.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The errors found in one file so far, each located at a node; reported sorted by position. */
final class Problems {
    private final Path file;
    private final List<ConfigError> errors = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** {@code path: message} at the node's position. */
    void at(YamlNode node, String path, String message) {
        at(node.line(), node.column(), path, message);
    }

    /** {@code path: message} at the key of a mapping entry. */
    void atKey(YamlNode.Entry entry, String path, String message) {
        at(entry.line(), entry.column(), path, message);
    }

    void at(int line, int column, String path, String message) {
        errors.add(new ConfigError(file, line, column, path == null || path.isEmpty() ? message : path + ": " + message));
    }

    void add(ConfigError e) {
        errors.add(e);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** Errors in file order (stable for errors at the same position). */
    List<ConfigError> sorted() {
        List<ConfigError> l = new ArrayList<>(errors);
        l.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
        return l;
    }
}

package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * Sweep paths (shared/spec/config.md, "Sweep paths"): resolve a dotted path against a config,
 * and apply assignments to get a design point's config. Pure: no I/O.
 */
public final class ParameterPaths {
    private ParameterPaths() {
    }

    /** Thrown when a path does not resolve; the message lists what would have been valid there. */
    public static final class PathException extends RuntimeException {
        public PathException(String message) {
            super(message);
        }
    }

    /** Whether the path takes numbers or names (protocol, strategy type). */
    public enum Kind { NUMBER, NAME }

    /**
     * Checks that {@code path} addresses a sweepable field of {@code config}; returns its kind and
     * its current value. Throws {@link PathException} otherwise.
     */
    public static Resolved resolve(Config config, String path) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The config of a design point: every assignment (path -> Double or String) applied in order. */
    public static Config apply(Config config, Map<String, Object> assignments) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** A resolved path: its kind, current value, and the allowed names when kind is NAME. */
    public record Resolved(String path, Kind kind, Object current, List<String> names) {
    }
}

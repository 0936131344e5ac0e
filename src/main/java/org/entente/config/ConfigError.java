package org.entente.config;

import java.nio.file.Path;

/** One problem in a config file, located at line and column (1-based; 0 when unknown). */
public record ConfigError(Path file, int line, int column, String message) {
    /** The one-line form users see: {@code FILE:LINE:COL: message}, or {@code FILE: message} when unlocated. */
    @Override
    public String toString() {
        if (line <= 0) return file + ": " + message;
        return file + ":" + line + ":" + column + ": " + message;
    }
}

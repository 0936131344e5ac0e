package org.entente.interop;

import java.nio.file.Path;

/** Where something was read: a file and, when known, a 1-based line and column. */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) return file.toString();
        return file + ":" + line + (column > 0 ? ":" + column : "");
    }
}

package org.entente.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A results file that is not as Entente writes it: the file, the line (1 is the header) and what is
 * wrong there, in one short message ({@code runs.csv line 12: run_id 9 after run_id 11 (out of order)}).
 */
public final class DamagedFileException extends IOException {
    private final Path file;
    private final long line;
    private final String what;

    public DamagedFileException(Path file, long line, String what) {
        super(file.getFileName() + " line " + line + ": " + what);
        this.file = file;
        this.line = line;
        this.what = what;
    }

    /** The same damage with advice on how to recover appended to its message. */
    public DamagedFileException advising(String advice) {
        return new DamagedFileException(file, line, what + "; " + advice);
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}

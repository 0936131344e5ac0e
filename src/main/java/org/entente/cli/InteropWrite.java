package org.entente.cli;

import org.entente.interop.InteropException;
import org.entente.results.OutputDirectoryException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The writing step of import and export: a fault in the other tool's files, a refused --out, or a
 * failed write, is bad input (exit 2).
 */
@FunctionalInterface
interface InteropWrite {

    /** Converts, writes, and says on the terminal what was written. */
    void write() throws IOException, OutputDirectoryException;

    /** Runs {@code step}, which writes {@code out}: exit 0, or one line saying what went wrong (exit 2). */
    static int run(Path out, InteropWrite step) {
        try {
            step.write();
            return Main.OK;
        } catch (InteropException | OutputDirectoryException e) {
            throw new Main.UserError(e.getMessage());
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}

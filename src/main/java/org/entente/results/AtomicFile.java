package org.entente.results;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file (summary.csv, manifest.json, a chart, report.html) to a hidden temporary file
 * beside it, forces it to disk and renames it over the old one, so no reader, crash or power cut
 * ever leaves half a file under the real name. Leftover temporary files are recognised
 * ({@link #isTemporary}) and removed when the directory is next opened.
 */
public final class AtomicFile {
    private static final String SUFFIX = ".entente-tmp";

    private AtomicFile() {
    }

    /** Writes the bytes of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code text} as UTF-8. */
    public static void write(Path file, CharSequence text) throws IOException {
        write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public static void write(Path file, Content content) throws IOException {
        Path tmp = temporary(file);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Probe.reached(file.getFileName().toString());
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The temporary file a write of {@code file} goes through. */
    static Path temporary(Path file) {
        return file.resolveSibling("." + file.getFileName() + SUFFIX);
    }

    /** Whether {@code file} is the temporary file of an atomic write (left behind by a crash when it still exists). */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }
}

package org.entente.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a results file stands in a directory, plain ({@code runs.csv}) or gzip-compressed
 * ({@code runs.csv.gz}, with {@code experiment.outputs.compress}), and reading and writing either.
 */
public final class ResultsFiles {
    /** The suffix of a gzip-compressed file. */
    public static final String GZIP = ".gz";

    private ResultsFiles() {
    }

    /** The name a file has in a directory written with or without compression. */
    public static String name(String name, boolean compress) {
        return compress ? name + GZIP : name;
    }

    /** The file {@code name} of {@code dir} as it exists, plain or compressed (plain when neither does). */
    public static Path existing(Path dir, String name) {
        Path plain = dir.resolve(name);
        Path gz = dir.resolve(name + GZIP);
        return !Files.exists(plain) && Files.exists(gz) ? gz : plain;
    }

    /** Whether {@code name} of {@code dir} exists in either form. */
    public static boolean exists(Path dir, String name) {
        return Files.isRegularFile(existing(dir, name));
    }

    static boolean compressed(Path file) {
        return file.getFileName().toString().endsWith(GZIP);
    }

    /** The file's text as bytes: decompressed when it is a .gz file (its complete members only). */
    public static InputStream input(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return compressed(file) ? new GzipMembers(in) : in;
    }

    /** Writes a whole file (through {@link AtomicFile}), one gzip member when compressed. */
    static void writeWhole(Path dir, String name, boolean compress, CharSequence text) throws IOException {
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(dir.resolve(name(name, compress)), out -> {
            if (compress) GzipMembers.write(out, b, b.length);
            else out.write(b);
        });
    }
}

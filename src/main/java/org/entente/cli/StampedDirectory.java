package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The default --out of run, play, classroom and bench: {@code results/<what>/<yyyyMMdd-HHmmss>/}, never one that exists. */
final class StampedDirectory {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StampedDirectory() {
    }

    /** {@code results/<what>/<now>}, or {@code <now>-2}, {@code -3} ... when a command started in the same second. */
    static Path under(String what) {
        String stamp = LocalDateTime.now().format(STAMP);
        Path base = Path.of("results", what);
        Path dir = base.resolve(stamp);
        for (int i = 2; Files.exists(dir); i++) dir = base.resolve(stamp + "-" + i);
        return dir;
    }
}

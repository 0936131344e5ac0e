package org.entente.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory lock within one process, and the lock file as bookkeeping rather than results. (Other
 * processes, and a holder killed with -9, are in reliability.OneWriterTest.)
 */
class DirectoryLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondLockIsRefusedNamingTheHolderUntilTheFirstIsReleased() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        try (DirectoryLock first = DirectoryLock.take(dir, "run")) {
            assertThat(first.unavailable()).isNull();
            assertThatThrownBy(() -> DirectoryLock.take(dir, "report"))
                    .isInstanceOf(OutputDirectoryException.class)
                    .hasMessageMatching(java.util.regex.Pattern.quote(dir + " is in use by entente run (PID "
                            + ProcessHandle.current().pid() + " on ") + ".+, since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)"
                            + java.util.regex.Pattern.quote("; wait until it ends (or stop it), then try again"));
            // the same directory by another name is the same directory
            assertThatThrownBy(() -> DirectoryLock.take(dir.resolve("..").resolve("results"), "merge"))
                    .hasMessageContaining("in use by entente run");
        }
        try (DirectoryLock again = DirectoryLock.take(dir, "merge")) {
            assertThat(again.unavailable()).isNull();
        }
    }

    @Test
    void theLockFileAndLeftoverTemporaryFilesAreNoResults() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bookkeeping"));
        try (DirectoryLock lock = DirectoryLock.take(dir, "run")) {
            assertThat(dir.resolve(DirectoryLock.FILE)).exists();
            Files.writeString(AtomicFile.temporary(dir.resolve(ResultsDirectory.SUMMARY)), "half a fi");
            Files.createDirectories(dir.resolve(ResultsDirectory.CHARTS));
            Files.writeString(AtomicFile.temporary(dir.resolve(ResultsDirectory.CHARTS).resolve("dance.png")), "png");
            assertThat(ResultsDirectory.isEmpty(dir.resolve(ResultsDirectory.CHARTS))).isTrue();
            Files.delete(dir.resolve(ResultsDirectory.CHARTS).resolve(".dance.png.entente-tmp"));
            Files.delete(dir.resolve(ResultsDirectory.CHARTS));
            assertThat(ResultsDirectory.isEmpty(dir)).isTrue();
            ResultsDirectory.removeLeftovers(dir);
            assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).containsExactly(DirectoryLock.FILE);
            Files.writeString(dir.resolve("notes.txt"), "mine");
            assertThat(ResultsDirectory.isEmpty(dir)).isFalse();
        }
    }

    @Test
    void anAtomicWriteLeavesTheOldFileOrTheNewOneAndNoTemporaryFile() throws Exception {
        Path file = tmp.resolve("summary.csv");
        AtomicFile.write(file, "old\n");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("new, but cut sh".getBytes());
            throw new java.io.IOException("No space left on device");
        })).hasMessageContaining("No space left");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        assertThat(AtomicFile.temporary(file)).doesNotExist();
        AtomicFile.write(file, "new\n");
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(AtomicFile.isTemporary(AtomicFile.temporary(file))).isTrue();
        assertThat(AtomicFile.isTemporary(file)).isFalse();
    }
}

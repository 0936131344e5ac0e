package org.entente.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The --out rule every command shares: new or empty, never a file; one line naming the ways out. */
class OutputDirectoryRuleTest {
    @TempDir
    Path tmp;

    @Test
    void aNewDirectoryAndOneHoldingOnlyEntentesBookkeepingMayBeWritten() throws Exception {
        Path dir = tmp.resolve("results");
        assertThatCode(() -> OutputDirectoryRule.requireNewOrEmpty(dir)).doesNotThrowAnyException();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(DirectoryLock.FILE), "");
        Files.writeString(dir.resolve(".runs.csv.entente-tmp"), "half");
        assertThatCode(() -> OutputDirectoryRule.requireNewOrEmpty(dir)).doesNotThrowAnyException();
    }

    @Test
    void aNonEmptyDirectoryIsRefusedNamingTheCommandsOtherWays() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("results"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> OutputDirectoryRule.requireNewOrEmpty(dir))
                .isInstanceOf(OutputDirectoryException.class)
                .hasMessage(dir + " is not empty; use a new or empty --out directory");
        assertThatThrownBy(() -> OutputDirectoryRule.requireNewOrEmptyOrForce(dir, false))
                .hasMessage(dir + " is not empty; use a new or empty --out directory, or --force to write into it anyway");
        assertThat(OutputDirectoryRule.notEmpty(dir, "--resume to continue a run there", OutputDirectoryRule.FORCE))
                .hasMessage(dir + " is not empty; use a new or empty --out directory, --resume to continue a run there, "
                        + "or --force to write into it anyway");
        assertThatCode(() -> OutputDirectoryRule.requireNewOrEmptyOrForce(dir, true)).doesNotThrowAnyException();
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aFileIsRefusedEvenWithForce() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> OutputDirectoryRule.requireNewOrEmptyOrForce(file, true))
                .isInstanceOf(OutputDirectoryException.class)
                .hasMessage(file + " exists and is not a directory; use a new or empty --out directory");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }
}

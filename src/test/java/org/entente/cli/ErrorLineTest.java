package org.entente.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line an error shows: short, on one line, what and where, never the input at length. */
class ErrorLineTest {
    @Test
    void anUnforeseenExceptionIsOneShortLineWithItsKindMessageAndPlace() {
        NumberFormatException e = new NumberFormatException("For input string: \"" + " ".repeat(5000) + "158\"");
        String line = ErrorLine.internal(new CompletionException(e), false);
        assertThat(line).hasSizeLessThanOrEqualTo(ErrorLine.MAX)
                .startsWith("entente: internal error: NumberFormatException: For input string: \"…158\"")
                .matches(".* \\(at ErrorLineTest\\.java:\\d+; run with --debug for details\\)$");
        assertThat(ErrorLine.internal(e, true)).endsWith(")").doesNotContain("--debug");
    }

    @Test
    void whereIsEntentesOwnCodeNotTheLibraryFrameOnTop() {
        RuntimeException e = new IllegalStateException("boom");
        e.setStackTrace(new StackTraceElement[]{
            new StackTraceElement("java.util.ArrayList", "get", "ArrayList.java", 427),
            new StackTraceElement("org.entente.results.StoredRuns", "forEach", "StoredRuns.java", 38)});
        assertThat(ErrorLine.internal(e, false))
                .isEqualTo("entente: internal error: IllegalStateException: boom (at StoredRuns.java:38; run with --debug for details)");
    }

    @Test
    void ioFailuresSayWhyInWords() {
        assertThat(ErrorLine.reason(new IOException("No space left on device"))).isEqualTo("the disk is full");
        assertThat(ErrorLine.reason(new AccessDeniedException("/data/x"))).isEqualTo("permission denied: /data/x");
        assertThat(ErrorLine.internal(new UncheckedIOException(new IOException("No space left on device")), false))
                .startsWith("entente: I/O error: the disk is full (at ErrorLineTest.java:");
        assertThat(ErrorLine.internal(new OutOfMemoryError("Java heap space"), false))
                .isEqualTo("entente: out of memory (Java heap space); give Java more, e.g. JAVA_OPTS=-Xmx4g ./entente ...");
    }

    @Test
    void messagesAreMadeOneLineAndLongInputKeepsOnlyItsEnds() {
        assertThat(ErrorLine.shorten("first line\n\tsecond   line\r\n", 200)).isEqualTo("first line second line");
        assertThat(ErrorLine.shorten("bad 'x" + "y".repeat(500) + "z' here", 200)).isEqualTo("bad 'xyyyyyyyyyyy…yyyyyyyyyyyz' here");
        assertThat(ErrorLine.shorten("token " + "a".repeat(1000), 200)).isEqualTo("token " + "a".repeat(40) + "…" + "a".repeat(30));
        assertThat(ErrorLine.shorten("w ".repeat(300), 50)).hasSize(50).endsWith("…");
        // a foreseen failure keeps its advice whole; the system's message inside it is kept short
        assertThat(ErrorLine.of("cannot write results to /d: the disk is full; free some room,\nthen --resume"))
                .isEqualTo("entente: cannot write results to /d: the disk is full; free some room, then --resume");
        assertThat(ErrorLine.reason(new IOException("sbatch: error: " + "w ".repeat(300)))).hasSize(ErrorLine.REASON).endsWith("…");
        assertThat(ErrorLine.warning("no locks")).isEqualTo("entente: warning: no locks");
    }
}

package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeTraceFilterTest {
    @Test
    void dropsOnlyTheClosedConnectionsStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new ProbeTraceFilter(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        err.println("before");
        new EOFException("EOF reading packet header").printStackTrace(err);
        err.println("between");
        new IOException("disk full").printStackTrace(err);
        new EOFException("something else").printStackTrace(err);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("before\nbetween\njava.io.IOException: disk full\n\tat ")
                .contains("java.io.EOFException: something else\n\tat ")
                .doesNotContain("EOF reading packet header");
    }
}

package org.entente.results;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compressed results files: standard gzip, the same bytes for the same lines, and a member cut short never read. */
class GzipMembersTest {
    private static byte[] members(String... texts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String t : texts) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            GzipMembers.write(out, b, b.length);
        }
        return out.toByteArray();
    }

    @Test
    void membersAreOneStandardGzipStreamWithNoTimeStamp() throws Exception {
        byte[] gz = members("a,b\n", "1,2\n3,4\n");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n3,4\n");
        }
        assertThat(Arrays.copyOfRange(gz, 4, 8)).containsOnly(0);
        assertThat(members("a,b\n", "1,2\n3,4\n")).isEqualTo(gz);
    }

    @Test
    void aMemberCutShortIsNotReadAndTheBoundariesAreKnown() throws Exception {
        byte[] whole = members("h\n", "1\n2\n", "3\n");
        int firstTwo = members("h\n", "1\n2\n").length;
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        try (GzipMembers in = new GzipMembers(new ByteArrayInputStream(cut))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("h\n1\n2\n");
            assertThat(in.truncated()).isTrue();
            assertThat(in.fileOffsetOf(2)).isEqualTo(members("h\n").length);
            assertThat(in.fileOffsetOf(6)).isEqualTo(firstTwo);
        }
        try (GzipMembers in = new GzipMembers(new ByteArrayInputStream(whole))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("h\n1\n2\n3\n");
            assertThat(in.truncated()).isFalse();
        }
    }
}

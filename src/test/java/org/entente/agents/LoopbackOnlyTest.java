package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JADE platform must not be reachable from the network: it listens on loopback only. */
class LoopbackOnlyTest {

    @Test
    void platformListensOnlyOnLoopback() throws IOException {
        JadePlatform.container();
        Set<String> mine = socketInodes();
        List<String> listening = new ArrayList<>();
        listening.addAll(listeners(Path.of("/proc/net/tcp"), mine));
        listening.addAll(listeners(Path.of("/proc/net/tcp6"), mine));
        // the IMTP (JICP) server of the main container is one of this JVM's listening sockets
        assertThat(listening).isNotEmpty();
        assertThat(listening).allMatch(LoopbackOnlyTest::isLoopback);
    }

    /** The inodes of this process's sockets, from /proc/self/fd links "socket:[inode]". */
    private static Set<String> socketInodes() throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) out.add(link.substring(8, link.length() - 1));
                } catch (IOException e) {
                    // the fd closed meanwhile
                }
            }
        }
        return out;
    }

    /** Local addresses (hex, as in /proc) of LISTEN sockets (state 0A) owned by this process. */
    private static List<String> listeners(Path table, Set<String> inodes) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(table)) return out;
        List<String> lines = Files.readAllLines(table);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) out.add(f[1]);
        }
        return out;
    }

    /** 127.x.x.x, ::1, or ::ffff:127.x.x.x, in /proc's little-endian hex. */
    static boolean isLoopback(String hexAddressAndPort) {
        String a = hexAddressAndPort.substring(0, hexAddressAndPort.indexOf(':'));
        if (a.length() == 8) return a.endsWith("7F");
        if (a.equals("00000000000000000000000001000000")) return true;
        return a.startsWith("0000000000000000FFFF0000") && a.endsWith("7F");
    }

    @Test
    void loopbackRecognitionFollowsProcFormat() {
        assertThat(isLoopback("0100007F:044B")).isTrue();
        assertThat(isLoopback("00000000:044B")).isFalse();
        assertThat(isLoopback("0000000000000000FFFF00000100007F:044B")).isTrue();
        assertThat(isLoopback("00000000000000000000000000000000:044B")).isFalse();
        assertThat(isLoopback("00000000000000000000000001000000:044B")).isTrue();
    }
}

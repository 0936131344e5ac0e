package org.entente.agents;

import org.entente.ProcSockets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JADE platform must not be reachable from the network: it listens on loopback only. */
class LoopbackOnlyTest {

    @Test
    void platformListensOnlyOnLoopback() throws IOException {
        JadePlatform.container();
        long self = ProcessHandle.current().pid();
        List<String> listening = new ArrayList<>();
        listening.addAll(ProcSockets.sockets(self, "tcp", ProcSockets.LISTEN));
        listening.addAll(ProcSockets.sockets(self, "tcp6", ProcSockets.LISTEN));
        // the IMTP (JICP) server of the main container is one of this JVM's listening sockets
        assertThat(listening).isNotEmpty();
        assertThat(listening).allMatch(ProcSockets::isLoopback);
    }

    @Test
    void loopbackRecognitionFollowsProcFormat() {
        assertThat(ProcSockets.isLoopback("tcp 0100007F:044B")).isTrue();
        assertThat(ProcSockets.isLoopback("tcp 00000000:044B")).isFalse();
        assertThat(ProcSockets.isLoopback("tcp 0200000A:044B")).isFalse();
        assertThat(ProcSockets.isLoopback("tcp6 0000000000000000FFFF00000100007F:044B")).isTrue();
        assertThat(ProcSockets.isLoopback("tcp6 00000000000000000000000000000000:044B")).isFalse();
        assertThat(ProcSockets.isLoopback("tcp6 00000000000000000000000001000000:044B")).isTrue();
    }
}

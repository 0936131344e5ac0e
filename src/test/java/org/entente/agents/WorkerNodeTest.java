package org.entente.agents;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker tells an experiment that answers from its own socket connected to itself. */
class WorkerNodeTest {
    @Test
    void aSocketConnectedToItselfIsNotAnExperiment() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // what TCP does when a connection to a port nobody listens on happens to get that port as its own
        try (Socket s = new Socket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            assertThat(s.isConnected()).isTrue();
            assertThat(WorkerNode.selfConnected(s)).isTrue();
        }
        try (ServerSocket experiment = new ServerSocket(0); Socket s = new Socket("127.0.0.1", experiment.getLocalPort())) {
            assertThat(WorkerNode.selfConnected(s)).isFalse();
        }
    }
}

package org.entente.cli;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** classroom's {@code --port --bind}: where the classroom listens, and the addresses students can type to reach it. */
final class ClassroomAddress {
    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port to listen on (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for a classroom network)")
    String bind;

    /** Exit 2 unless --port is a port number (0: any free one). */
    void check() {
        if (port < 0 || port > 65535) throw new Main.UserError("--port must be between 0 and 65535, not " + port);
    }

    /** True when only this machine can reach the classroom. */
    boolean loopback() {
        return bind.equals("127.0.0.1") || bind.equals("localhost") || bind.equals("::1");
    }

    /** The addresses students can use: the bound one, or this machine's network addresses when bound to all. */
    List<String> hosts() {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) return List.of(bind.contains(":") ? "[" + bind + "]" : bind);
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address) out.add(a.getHostAddress());
                }
            }
        } catch (IOException e) {
            // no interface list: fall back to loopback below
        }
        if (out.isEmpty()) out.add("127.0.0.1");
        return out;
    }
}

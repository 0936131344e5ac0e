package org.entente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A process's open sockets as Linux's /proc shows them, for the tests that check Entente listens on
 * loopback only. Entries read "table hexaddress:port", e.g. "tcp6 0000000000000000FFFF00000100007F:044B".
 */
public final class ProcSockets {
    /** TCP LISTEN. */
    public static final String LISTEN = "0A";
    /** UDP, unconnected (bound). */
    public static final String UNCONNECTED = "07";

    private ProcSockets() {
    }

    /** Local addresses of the process's sockets in {@code state} from /proc/PID/net/TABLE (tcp, tcp6, udp, udp6). */
    public static List<String> sockets(long pid, String table, String state) throws IOException {
        Set<String> inodes = socketInodes(pid);
        Path f = Path.of("/proc", Long.toString(pid), "net", table);
        List<String> out = new ArrayList<>();
        if (!Files.exists(f)) return out;
        List<String> lines = Files.readAllLines(f);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.trim().split("\\s+");
            if (c.length > 9 && c[3].equals(state) && inodes.contains(c[9])) out.add(table + " " + c[1]);
        }
        return out;
    }

    /** 127.x.x.x, ::1 or ::ffff:127.x.x.x, as /proc writes them (hex, little-endian words). */
    public static boolean isLoopback(String entry) {
        String hex = entry.substring(entry.indexOf(' ') + 1, entry.indexOf(':'));
        if (hex.length() == 8) return hex.endsWith("7F");
        if (hex.equals("00000000000000000000000001000000")) return true;
        return hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F");
    }

    /** The inodes of the process's sockets, from /proc/PID/fd links "socket:[inode]". */
    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> out = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
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
}

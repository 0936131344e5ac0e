package org.entente.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * One writer per results directory: an operating-system lock ({@link FileChannel#tryLock}, fcntl on
 * Unix) on {@value #FILE} inside it, which the OS releases when the process ends however it ends, so
 * a crash never leaves a stale lock. The file's text names the holder (command, PID, host, since
 * when) for the refusal of a second process; the lock itself is the OS's. On a file system that gives
 * no locks (a Lustre client without the flock option, NFSv3 without lockd), the directory is used
 * unlocked and {@link #unavailable} says why.
 * <p>POSIX drops a process's locks on a file when it closes any descriptor of that file, so nothing
 * else in this process may open the lock file; a second lock of the same directory within this JVM is
 * refused from memory, without opening it.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The lock file's name; never results (not counted when a directory's emptiness is judged, never merged). */
    public static final String FILE = ".entente.lock";

    private static final Map<Path, Holder> HELD = new HashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String unavailable;

    private DirectoryLock(Path key, FileChannel channel, FileLock lock, String unavailable) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.unavailable = unavailable;
    }

    /** Who holds a directory: the entente command, its process id, host and start, as the lock file says. */
    public record Holder(String command, String pid, String host, String since) {
        static Holder of(String command, Instant now) {
            return new Holder("entente " + command, Long.toString(ProcessHandle.current().pid()), HostName.get(),
                    now.truncatedTo(ChronoUnit.SECONDS).toString());
        }

        String text() {
            return "command: " + command + "\npid: " + pid + "\nhost: " + host + "\nsince: " + since + "\n";
        }

        static Holder parse(String text) {
            Map<String, String> m = new HashMap<>();
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) m.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            return new Holder(field(m, "command"), field(m, "pid"), field(m, "host"), field(m, "since"));
        }

        private static String field(Map<String, String> m, String key) {
            String v = m.getOrDefault(key, "").replaceAll("\\p{Cntrl}", "");
            return v.length() > 80 ? v.substring(0, 80) : v;
        }

        /** "entente run (PID 4242 on node17, since 2026-12-01T10:00:00Z)". */
        public String describe() {
            if (command.isEmpty()) return "another entente process (which has not yet said what it is)";
            return command + " (PID " + pid + " on " + host + ", since " + since + ")";
        }
    }

    /**
     * Locks {@code dir}, which must exist, for {@code command} ({@code run}, {@code merge}, {@code report});
     * refuses at once, naming the holder, when another process or another command of this one holds it.
     */
    public static DirectoryLock take(Path dir, String command) throws IOException, OutputDirectoryException {
        Path key = dir.toRealPath();
        Holder me = Holder.of(command, Instant.now());
        synchronized (HELD) {
            Holder other = HELD.get(key);
            if (other != null) throw busy(dir, other);
            FileChannel ch = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (IOException noLocks) {
                ch.close();
                HELD.put(key, me);
                return new DirectoryLock(key, null, null, dir + " is on a file system that gives no file locks ("
                        + noLocks.getMessage() + "), so nothing stops a second entente from writing there at the same time");
            }
            if (lock == null) {
                Holder holder = Holder.parse(read(ch));
                ch.close();
                throw busy(dir, holder);
            }
            try {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(me.text().getBytes(StandardCharsets.UTF_8)), 0);
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            HELD.put(key, me);
            Probe.reached("lock");
            return new DirectoryLock(key, ch, lock, null);
        }
    }

    private static OutputDirectoryException busy(Path dir, Holder holder) {
        return new OutputDirectoryException(dir + " is in use by " + holder.describe()
                + "; wait until it ends (or stop it), then try again");
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
            // read up to 1 KiB: the holder's text is a few lines
        }
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** Null when the directory is locked; else why it could not be (the file system gives no locks). */
    public String unavailable() {
        return unavailable;
    }

    /** Whether {@code file} is a lock file (no results). */
    public static boolean isLockFile(Path file) {
        return file.getFileName().toString().equals(FILE);
    }

    /** Releases the lock (the file stays, naming its last holder). */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            HELD.remove(key);
            if (channel == null) return;
            try {
                if (lock.isValid()) lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The host's name without a DNS lookup where the system tells it directly. */
    private static final class HostName {
        static String get() {
            try {
                Path proc = Path.of("/proc/sys/kernel/hostname");
                if (Files.isReadable(proc)) return Files.readString(proc).trim();
            } catch (IOException | RuntimeException e) {
                // fall through to the environment
            }
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) return env.trim();
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "an unknown host";
            }
        }
    }
}

package org.entente.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class list the launcher's class-data sharing archive is dumped from ({@code ./entente}, "Start-up" in
 * docs/performance.md): the union of the lists its training commands wrote ({@code -XX:DumpLoadedClassList}),
 * each line once, without what JDK 17 archives but then crashes on. Those are classes of class-file version
 * 49 or older (JADE's and Commons Math's: linking them from the archive ends the JVM with SIGSEGV) and the
 * regenerated method-handle holders ({@code @lambda-form-invoker}: a crash whenever a class-file hook is on,
 * such as JFR or a Java agent). Run as {@code java -cp entente.jar org.entente.cli.StartupClassList LIST...};
 * writes the list to standard output.
 */
public final class StartupClassList {
    /** Java 6: JDK 17 archives older class files only statically, and crashes linking them. */
    static final int OLDEST_ARCHIVABLE = 50;

    private StartupClassList() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line : archivable(args)) out.println(line);
        out.flush();
    }

    static Set<String> archivable(String... lists) throws IOException {
        Set<String> kept = new LinkedHashSet<>();
        for (String list : lists) {
            for (String line : Files.readAllLines(Path.of(list), StandardCharsets.UTF_8)) {
                if (!kept.contains(line) && archivable(line)) kept.add(line);
            }
        }
        return kept;
    }

    private static boolean archivable(String line) throws IOException {
        if (line.startsWith("@lambda-form-invoker")) return false;
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("@")) return true;
        String name = line.split(" ", 2)[0];
        try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
            // a class without a class file (generated at run time) is for the JVM to skip
            return in == null || majorVersion(in) >= OLDEST_ARCHIVABLE;
        }
    }

    static int majorVersion(InputStream classFile) throws IOException {
        DataInputStream data = new DataInputStream(classFile);
        if (data.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        data.readUnsignedShort();
        return data.readUnsignedShort();
    }
}

package org.entente.slurm;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Entente installation that wrote the job scripts, by absolute paths, so that a job finds it from
 * any directory: the java executable, the class path (normally target/entente.jar) and, when the jar
 * sits in a checkout, the {@code ./entente} launcher that messages can name.
 */
public record Installation(Path java, List<Path> classPath, Path launcher) {

    public Installation {
        classPath = List.copyOf(classPath);
    }

    /** The running JVM and class path. */
    public static Installation current() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().normalize();
        List<Path> cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(s -> Path.of(s).toAbsolutePath().normalize())
                .toList();
        Path launcher = null;
        if (cp.size() == 1 && cp.get(0).getParent() != null && cp.get(0).getParent().getParent() != null) {
            Path candidate = cp.get(0).getParent().getParent().resolve("entente");
            if (Files.isExecutable(candidate)) launcher = candidate;
        }
        return new Installation(java, cp, launcher);
    }

    /** The single jar Entente runs from, or null when it runs from several class path entries (a development build). */
    public Path jar() {
        return classPath.size() == 1 && classPath.get(0).toString().endsWith(".jar") ? classPath.get(0) : null;
    }

    /** How a message tells the user to run entente: the launcher's absolute path, or plain "entente". */
    public String command() {
        return launcher != null ? launcher.toString() : "entente";
    }
}

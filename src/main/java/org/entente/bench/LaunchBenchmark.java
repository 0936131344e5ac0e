package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Start-up included: times fresh JVMs running an Entente command, as a user's {@code ./entente run}
 * or {@code describe} would, from process start to exit. Each JVM gets this JVM's own flags, so the
 * launcher's class-data sharing archive and JVM options (and a user's JAVA_OPTS) apply to it too.
 */
public final class LaunchBenchmark {
    /** This JVM's flags that must not be passed on: recordings and agents attached to the bench itself. */
    private static final List<String> NOT_INHERITED = List.of("-XX:StartFlightRecording", "-XX:FlightRecorderOptions",
            "-agentlib", "-agentpath", "-javaagent");

    private static final String MAIN = "org.entente.cli.Main";
    /** The quick compiler (C1) only, as the launcher starts describe and run. */
    private static final String QUICK_ONLY = "-XX:TieredStopAtLevel=1";

    /** The serial collector, as the launcher starts describe when no collector is chosen in JAVA_OPTS. */
    private static final String SERIAL_GC = "-XX:+UseSerialGC";

    private final List<String> java;
    /** The flags the launcher adds for describe: {@link #QUICK_ONLY}, and {@link #SERIAL_GC} unless a collector is set. */
    private final List<String> describeFlags;

    public LaunchBenchmark() {
        this.java = currentJvm();
        boolean collectorChosen = java.stream().anyMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"));
        this.describeFlags = collectorChosen ? List.of(QUICK_ONLY) : List.of(QUICK_ONLY, SERIAL_GC);
    }

    /** The command line that starts a JVM like this one on Entente's class path, but for the main class. */
    static List<String> currentJvm() {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_INHERITED.stream().noneMatch(a::startsWith)) cmd.add(a);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return cmd;
    }

    /**
     * {@code runs} runs of {@code config} through {@code run --no-charts --quiet} with {@code threads}
     * tables, in a fresh JVM given {@code extraFlags} after this JVM's; results go to a temporary
     * directory, deleted afterwards. The JVM starts as the launcher starts {@code run}: with the quick compiler
     * only, handing a large run to a JVM with this JVM's compilers (the second JVM's start is in the time).
     */
    public Measurement run(String name, Path config, int parties, int issues, int runs, int threads, List<String> extraFlags)
            throws InterruptedException {
        Path dir = temporaryDirectory();
        List<String> flags = new ArrayList<>(List.of(QUICK_ONLY, "-Dentente.tiered="));
        flags.addAll(extraFlags);
        try {
            double seconds = launch(flags, MAIN, "run", config.toString(), "--runs", Integer.toString(runs), "--threads",
                    Integer.toString(threads), "--no-charts", "--quiet", "--out", dir.resolve("results").toString());
            return new Measurement(name, parties, issues, runs, seconds, runs / seconds, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Load.now());
        } finally {
            delete(dir);
        }
    }

    /**
     * The median time of {@code launches} fresh JVMs running {@code describe config}, with the C1 compiler only and
     * the serial collector, as the launcher ({@code ./entente}) starts describe.
     */
    public Measurement describe(Path config, int parties, int issues, int launches) throws InterruptedException {
        return median("describe", parties, issues, launches, MAIN, "describe", config.toString());
    }

    /**
     * describe's floors ({@link StartupFloor}), each the median of {@code launches} fresh JVMs with describe's flags:
     * {@code floor_jvm}, {@code floor_picocli}, {@code floor_yaml}, each adding one library's start-up.
     */
    public List<Measurement> describeFloors(Path config, int launches) throws InterruptedException {
        List<Measurement> rows = new ArrayList<>();
        for (StartupFloor.Level level : StartupFloor.Level.values()) {
            rows.add(median("floor_" + level.name().toLowerCase(Locale.ROOT), 0, 0, launches,
                    StartupFloor.class.getName(), level.name(), config.toString()));
        }
        return rows;
    }

    private Measurement median(String name, int parties, int issues, int launches, String mainClass, String... args)
            throws InterruptedException {
        double[] seconds = new double[launches];
        for (int i = 0; i < launches; i++) seconds[i] = launch(describeFlags, mainClass, args);
        Arrays.sort(seconds);
        return new Measurement(name, parties, issues, 0, seconds[launches / 2], Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Load.now());
    }

    /** Seconds from starting a JVM on {@code mainClass} with these arguments to its exit; it must succeed. */
    private double launch(List<String> extraFlags, String mainClass, String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(java.subList(0, java.size() - 2));
        cmd.addAll(extraFlags);
        cmd.addAll(java.subList(java.size() - 2, java.size()));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Path err = null;
        try {
            err = Files.createTempFile("entente-bench-", ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            int code = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                throw new IllegalStateException("entente " + String.join(" ", args) + " exited with " + code + ": "
                        + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for the benchmark: " + e.getMessage(), e);
        } finally {
            if (err != null) delete(err);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("entente-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the benchmark: " + e.getMessage(), e);
        }
    }

    static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}

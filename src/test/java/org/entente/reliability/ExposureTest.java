package org.entente.reliability;

import org.entente.ProcSockets;
import org.entente.SplitScenario;
import org.entente.cli.Main;
import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a config or a run exposes: a config cannot make the loader instantiate Java classes (YAML tags,
 * {@code @class} keys), nor read files outside its own directory tree (absolute paths, {@code ..},
 * symbolic links); the real {@code entente run} listens on loopback only.
 */
class ExposureTest {
    @TempDir
    Path tmp;

    /** Counts instantiations and class initialisations; a config naming it must not trigger either. */
    public static final class Tripwire {
        static final AtomicInteger TRIPPED = new AtomicInteger();

        static {
            Tripped.COUNT.incrementAndGet();
        }

        public Tripwire() {
            TRIPPED.incrementAndGet();
        }

        public Tripwire(String s) {
            TRIPPED.incrementAndGet();
        }
    }

    /** Kept apart from {@link Tripwire} so reading it does not initialise Tripwire. */
    static final class Tripped {
        static final AtomicInteger COUNT = new AtomicInteger();
    }


    private record Validated(int code, String err) {
    }

    private static Validated validate(Path file) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(new String[]{"validate", file.toString()}, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Validated(code, e.toString());
    }

    @Test
    void yamlTagsNamingJavaClassesAreBadInputAndNothingIsInstantiated() throws Exception {
        Path marker = tmp.resolve("pwned");
        String tripwire = Tripwire.class.getName();
        List<String> names = List.of(
                "!!java.lang.ProcessBuilder [[\"touch\", \"" + marker + "\"]]",
                "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]",
                "!!" + tripwire + " []",
                "!!" + tripwire + " [\"x\"]",
                "!<tag:yaml.org,2002:" + tripwire + "> {}");
        for (int i = 0; i < names.size(); i++) {
            Path f = tmp.resolve("tag" + i + ".yaml");
            Files.writeString(f, SplitScenario.yaml(names.get(i)));
            Validated v = validate(f);
            assertThat(v.code()).as(names.get(i)).isEqualTo(Main.BAD_INPUT);
            assertThat(v.err()).as(names.get(i)).startsWith(f + ":2:9: YAML tags (!!")
                    .contains("are not supported").doesNotContain("Exception");
            assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(ConfigException.class);
        }
        assertThat(marker).doesNotExist();
        assertThat(Tripped.COUNT).hasValue(0);
    }

    @Test
    void classKeysAreUnknownKeysNotTypeHints() throws Exception {
        Path f = tmp.resolve("class-key.yaml");
        Files.writeString(f, SplitScenario.yaml("Split").replace("  name: Split\n",
                "  name: Split\n  \"@class\": " + Tripwire.class.getName() + "\n"));
        Validated v = validate(f);
        assertThat(v.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(v.err()).startsWith(f + ":3:3: scenario.@class: unknown key");
        assertThat(Tripped.COUNT).hasValue(0);
    }

    @Test
    void scenarioReachedThroughASymbolicLinkOutOfTheDirectoryIsRefused() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.yaml"), SplitScenario.yaml("Secret"));
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.createSymbolicLink(mine.resolve("scenario.yaml"), outside.resolve("secret.yaml"));
        Path cfg = Files.writeString(mine.resolve("experiment.yaml"), "experiment:\n  scenario: scenario.yaml\n  runs: 1\n");
        Validated v = validate(cfg);
        assertThat(v.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(v.err()).startsWith(cfg + ":2:13: experiment.scenario: ").contains("'scenario.yaml' links outside this file's directory").doesNotContain("Secret");
    }

    @Test
    void scenarioOutsideTheDirectoryIsRefusedButOneInsideItIsRead() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(tmp.resolve("secret.yaml"), SplitScenario.yaml("Secret"));
        Path escape = Files.writeString(mine.resolve("escape.yaml"), "experiment:\n  scenario: ../secret.yaml\n");
        Path absolute = Files.writeString(mine.resolve("absolute.yaml"),
                "experiment:\n  scenario: " + tmp.resolve("secret.yaml") + "\n");
        assertThat(validate(escape).err()).startsWith(escape + ":2:13: experiment.scenario: '../secret.yaml' leaves");
        assertThat(validate(absolute).err()).startsWith(absolute + ":2:13: experiment.scenario: ")
                .contains("is an absolute path");
        Files.createDirectories(mine.resolve("scenarios"));
        Files.writeString(mine.resolve("scenarios/split.yaml"), SplitScenario.yaml("Inside"));
        Path inside = Files.writeString(mine.resolve("inside.yaml"), "experiment:\n  scenario: scenarios/split.yaml\n");
        Validated ok = validate(inside);
        assertThat(ok.err()).isEmpty();
        assertThat(ok.code()).isZero();
        assertThat(ConfigLoader.load(inside).scenario().name()).isEqualTo("Inside");
    }

    /** The real command line, mid-experiment: every listening socket of its JVM (TCP, UDP; IPv4, IPv6) is loopback. */
    @Test
    void runningExperimentListensOnLoopbackOnly() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/net/tcp")), "needs Linux /proc");
        Path cfg = Files.writeString(tmp.resolve("split.yaml"), CrashConsistencyTest.CONFIG);
        Path out = tmp.resolve("out");
        // held mid-run, after the first runs' years rows are written
        EntenteProcess c = EntenteProcess.start(tmp, new EntenteProcess.Hold("flush", 1), "run", cfg.toString(),
                "--out", out.toString(), "--threads", "2", "--no-charts", "--quiet");
        try {
            assertThat(c.await("flush", 1)).as(c.stderr()).isTrue();
            long pid = c.process().pid();
            List<String> listening = new ArrayList<>();
            for (String table : List.of("tcp", "tcp6")) listening.addAll(ProcSockets.sockets(pid, table, ProcSockets.LISTEN));
            for (String table : List.of("udp", "udp6")) {
                listening.addAll(ProcSockets.sockets(pid, table, ProcSockets.UNCONNECTED));
            }
            assertThat(c.process().isAlive()).isTrue();
            // JADE's IMTP server is one of them
            assertThat(listening).isNotEmpty();
            assertThat(listening).allMatch(ProcSockets::isLoopback);
        } finally {
            c.process().destroyForcibly();
            c.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

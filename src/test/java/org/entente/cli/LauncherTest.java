package org.entente.cli;

import org.entente.HangGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ./entente launcher, in a copy of the repository whose mvn and java are stand-ins: it says when
 * and why it builds, shows Maven's errors when the build fails, and passes every message through.
 */
class LauncherTest {
    @TempDir
    Path tmp;
    Path repo;
    Path bin;

    /** What one launch printed and returned. */
    record Launch(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(Path.of("entente"), repo.resolve("entente"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(repo.resolve("src/main/java"));
        Files.writeString(repo.resolve("src/main/java/A.java"), "class A {}");
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        // the training run of the class-data sharing archive negotiates the shipped default scenario
        Files.createDirectories(repo.resolve("configs"));
        Files.writeString(repo.resolve("configs/china-lesotho.yaml"), "scenario: {}");
        bin = Files.createDirectories(tmp.resolve("bin"));
        // mvn: fails with compiler-like output when FAIL_BUILD is set, else "builds" the jar
        executable(bin.resolve("mvn"), """
                #!/bin/bash
                echo "$*" >>"%s/mvn.calls"
                if [ -n "${FAIL_BUILD:-}" ]; then
                  echo "[ERROR] COMPILATION ERROR :"
                  echo "[ERROR] /repo/src/main/java/A.java:[1,9] ';' expected"
                  echo "[ERROR] -> [Help 1]"
                  echo "[ERROR] Re-run Maven using the -X switch to enable full debug logging."
                  exit 1
                fi
                mkdir -p target && echo jar >target/entente.jar
                """.formatted(bin));
        // java: shows its arguments on stdout, a message on stderr, and exits 3. Asked to list the classes it
        // loads (-XX:DumpLoadedClassList=FILE) it writes a few (one of them JADE's, a class file too old to
        // archive, and a method-handle holder line for a run; picocli's for anything else) and exits 0; the
        // list's filter (StartupClassList) runs for real, in this JVM's java; asked to dump an archive from a list (-Xshare:dump
        // -XX:SharedClassListFile=LIST -XX:SharedArchiveFile=FILE) it keeps LIST as dumped.classes and writes
        // FILE, unless NO_CDS is set; asked for -version (the launcher probing its flags) it accepts them only
        // when ACCEPT_FLAGS is set
        executable(bin.resolve("java"), """
                #!/bin/bash
                echo "java $*" >>"%1$s/java.calls"
                if [ "${3:-}" = org.entente.cli.StartupClassList ]; then
                  shift 3; exec "$REAL_JAVA" -cp "$CLASSES" org.entente.cli.StartupClassList "$@"
                fi
                echo "java $*"
                list= dump= archive=
                for a in "$@"; do
                  case "$a" in
                    -version) [ -n "${ACCEPT_FLAGS:-}" ]; exit;;
                    -XX:DumpLoadedClassList=*) list=${a#*=};;
                    -Xshare:dump) dump=1;;
                    -XX:SharedClassListFile=*) cp "${a#*=}" "%1$s/dumped.classes";;
                    -XX:SharedArchiveFile=*) archive=${a#*=};;
                  esac
                done
                if [ -n "$list" ]; then
                  if [[ " $* " == *" run "* ]]; then
                    printf 'org/entente/A\njade/core/Agent\n@lambda-form-invoker [LF_RESOLVE] H m\n' >"$list"
                  else
                    printf 'org/entente/A\npicocli/CommandLine\n' >"$list"
                  fi
                  exit 0
                fi
                if [ -n "$dump" ]; then
                  [ -n "${NO_CDS:-}" ] && { echo "Error: could not create the archive" >&2; exit 1; }
                  echo archive >"$archive"; exit 0
                fi
                echo "a message the user must see" >&2
                exit 3
                """.formatted(bin));
    }

    /** The JIT setting of the commands that run long (docs/performance.md, "JIT budget"). */
    private static final String LESS_INLINING = "-XX:FreqInlineSize=100 ";
    /** The JIT setting of the short commands and (until it hands a large run over) run. */
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1 ";
    /** The short commands' setting: C1 alone and the serial collector (docs/performance.md, "Fifteenth pass"). */
    private static final String QUICK = C1_ONLY + "-XX:+UseSerialGC ";
    /** The main class after the jar: the launcher starts java with -cp, not -jar (one read of the jar's directory). */
    private static final String MAIN = " org.entente.cli.Main";

    /** What the launcher adds to the JVM's command line once it has a class-data sharing archive. */
    private String withArchive() {
        return "-XX:SharedArchiveFile=" + repo.resolve("target/entente.jsa") + " -Xshare:auto -Xlog:cds=off";
    }

    @Test
    void firstUseSaysItBuildsThenRunsWithEveryMessageShown() throws Exception {
        Launch l = launch("", "validate", "configs/no-such-file.yaml");
        assertThat(l.err()).contains("entente: building Entente (first use): about a minute",
                "entente: built in ", "entente: preparing faster start-up", "a message the user must see");
        assertThat(l.out()).endsWith("java " + QUICK + withArchive() + " -cp " + repo.resolve("target/entente.jar") + MAIN
                + " validate configs/no-such-file.yaml\n");
        assertThat(l.code()).isEqualTo(3);

        Launch again = launch("", "validate", "x.yaml");
        assertThat(again.err()).isEqualTo("a message the user must see\n");
        assertThat(again.out()).isEqualTo("java " + QUICK + withArchive() + " -cp " + repo.resolve("target/entente.jar") + MAIN
                + " validate x.yaml\n");
        assertThat(Files.readAllLines(bin.resolve("mvn.calls"))).hasSize(1);
    }

    @Test
    void theArchiveHoldsWhatARunAndADescribeOfTheDefaultScenarioLoadOncePerJar() throws Exception {
        launch("", "validate", "x.yaml");
        launch("", "validate", "x.yaml");
        String jar = repo.resolve("target/entente.jar").toString();
        String config = repo.resolve("configs/china-lesotho.yaml").toString();
        List<String> training = Files.readAllLines(bin.resolve("java.calls")).stream()
                .filter(c -> c.contains("DumpLoadedClassList") || c.contains("-Xshare:dump")).toList();
        assertThat(training).hasSize(3);  // the list's filter is not counted: it dumps nothing
        assertThat(training.get(0)).contains("-XX:DumpLoadedClassList=", "-cp " + jar + MAIN + " run " + config, "--quiet --out ");
        assertThat(training.get(1)).contains("-XX:DumpLoadedClassList=").endsWith("-cp " + jar + MAIN + " describe " + config);
        assertThat(training.get(2)).contains("-Xshare:dump -XX:SharedClassListFile=",
                "-XX:SharedArchiveFile=" + repo.resolve("target/entente.jsa.tmp"), "-cp " + jar);
        // both lists once each, without what JDK 17 crashes on: an old class file, the method-handle holders
        assertThat(bin.resolve("dumped.classes")).hasContent("org/entente/A\npicocli/CommandLine");
        assertThat(repo.resolve("target/entente.jsa")).hasContent("archive");
        assertThat(repo.resolve("target/entente.jsa.tmp")).doesNotExist();

        // a new jar (here: rebuilt from changed sources) gets a new archive
        Files.setLastModifiedTime(repo.resolve("src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(60)));
        Launch rebuilt = launch("", "validate", "x.yaml");
        assertThat(rebuilt.err()).contains("entente: preparing faster start-up");
        assertThat(Files.readAllLines(bin.resolve("java.calls"))).filteredOn(c -> c.contains("-Xshare:dump")).hasSize(2);
    }

    @Test
    void aJvmThatAcceptsTheStartUpFlagsGetsThemAndAnotherJvmGetsItsOwnArchive() throws Exception {
        ProcessBuilder pb = command("", "validate", "x.yaml");
        pb.environment().put("ACCEPT_FLAGS", "1");
        Launch l = run(pb);
        assertThat(l.out()).endsWith("java " + QUICK + "-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 " + withArchive()
                + " -cp " + repo.resolve("target/entente.jar") + MAIN + " validate x.yaml\n");

        // the JVM changed (an upgrade): a new archive, and the flags probed again; this one lacks them
        Files.setLastModifiedTime(bin.resolve("java"), FileTime.from(Instant.now().plusSeconds(60)));
        Launch upgraded = launch("", "validate", "x.yaml");
        assertThat(upgraded.err()).contains("entente: preparing faster start-up");
        assertThat(upgraded.out()).endsWith("java " + QUICK + withArchive() + " -cp " + repo.resolve("target/entente.jar") + MAIN
                + " validate x.yaml\n");
    }

    @Test
    void aJvmUpgradeThatKeepsAnOlderFileTimeStillGetsANewArchive() throws Exception {
        launch("", "validate", "x.yaml");
        // a package manager installs files with the package's times, which may be older than the archive
        Files.setLastModifiedTime(bin.resolve("java"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Launch upgraded = launch("", "validate", "x.yaml");
        assertThat(upgraded.err()).contains("entente: preparing faster start-up");
        Launch again = launch("", "validate", "x.yaml");
        assertThat(again.err()).isEqualTo("a message the user must see\n");
    }

    @Test
    void withoutClassDataSharingTheCommandStillRunsAndTheLauncherDoesNotRetryUntilTheJarChanges() throws Exception {
        ProcessBuilder pb = command("", "validate", "x.yaml");
        pb.environment().put("NO_CDS", "1");
        Launch l = run(pb);
        assertThat(l.code()).isEqualTo(3);
        assertThat(l.err()).contains("a message the user must see").doesNotContain("could not create the archive");
        assertThat(l.out()).endsWith("java " + QUICK + "-cp " + repo.resolve("target/entente.jar") + MAIN + " validate x.yaml\n");
        assertThat(repo.resolve("target/cds.log")).content().contains("could not create the archive");
        assertThat(repo.resolve("target/entente.jsa")).doesNotExist();

        ProcessBuilder again = command("", "validate", "x.yaml");
        again.environment().put("NO_CDS", "1");
        Launch second = run(again);
        assertThat(second.err()).isEqualTo("a message the user must see\n");
        assertThat(second.out()).isEqualTo("java " + QUICK + "-cp " + repo.resolve("target/entente.jar") + MAIN + " validate x.yaml\n");
    }

    @Test
    void changedSourcesAreRebuiltWithTheLastBuildsDuration() throws Exception {
        launch("", "validate", "x.yaml");
        Files.setLastModifiedTime(repo.resolve("src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(60)));
        Launch l = launch("", "validate", "x.yaml");
        // the stand-in build takes well under a second, but may straddle a second boundary
        assertThat(l.err()).containsPattern("entente: building Entente \\(sources changed since the last build\\): about [01] s, as last time")
                .contains("a message the user must see");
        assertThat(Files.readAllLines(bin.resolve("mvn.calls"))).hasSize(2);
    }

    @Test
    void aFailedBuildShowsMavensErrorsAndExitsOne() throws Exception {
        Launch l = launch("1", "run", "x.yaml");
        assertThat(l.code()).isEqualTo(1);
        assertThat(l.err()).contains("entente: the build failed; the end of Maven's output follows (all of it: "
                        + repo.resolve("target/build.log") + ")", "[ERROR] /repo/src/main/java/A.java:[1,9] ';' expected")
                .doesNotContain("Help 1", "Re-run Maven", "java ");
        assertThat(l.out()).isEmpty();
        // the half-done build is redone next time, even though the sources did not change
        Launch next = launch("", "run", "x.yaml");
        assertThat(next.err()).contains("entente: building Entente (first use)");
        assertThat(next.code()).isEqualTo(3);
    }

    @Test
    void javaOptsReachTheJvm() throws Exception {
        Launch l = launch("", "run", "x.yaml");
        assertThat(l.code()).isEqualTo(3);
        ProcessBuilder pb = command("", "--help");
        pb.environment().put("JAVA_OPTS", "-Xmx64m -Dentente.x=1");
        Launch withOpts = run(pb);
        // after the launcher's own flags, so that the user's setting of the same flag wins
        assertThat(withOpts.out()).startsWith("java " + QUICK + withArchive() + " -Xmx64m -Dentente.x=1 -cp ");
        // a collector of the user's own: the launcher adds none (two collectors would stop the JVM)
        ProcessBuilder collector = command("", "describe", "x.yaml");
        collector.environment().put("JAVA_OPTS", "-XX:+UseParallelGC -Xmx64m");
        assertThat(run(collector).out()).startsWith("java " + C1_ONLY + withArchive() + " -XX:+UseParallelGC -Xmx64m -cp ");
    }

    @Test
    void quickCommandsRunOnC1AloneAndTheOthersWithLessInlining() throws Exception {
        launch("", "validate", "x.yaml");
        String jar = " -cp " + repo.resolve("target/entente.jar") + MAIN;
        assertThat(launch("", "describe", "x.yaml").out())
                .isEqualTo("java " + QUICK + withArchive() + jar + " describe x.yaml\n");
        assertThat(launch("", "--version").out()).isEqualTo("java " + QUICK + withArchive() + jar + " --version\n");
        assertThat(launch("", "export", "geniusweb", "x.yaml").out())
                .isEqualTo("java " + QUICK + withArchive() + jar + " export geniusweb x.yaml\n");
        // run starts on C1 alone, carrying the other commands' flags for a large run to be handed to (CompilerHandoff)
        assertThat(launch("", "run", "x.yaml").out())
                .isEqualTo("java " + C1_ONLY + "-Dentente.tiered=" + LESS_INLINING.strip() + " " + withArchive() + jar
                        + " run x.yaml\n");
        assertThat(launch("", "merge", "a", "b").out())
                .isEqualTo("java " + LESS_INLINING + withArchive() + jar + " merge a b\n");
    }

    private Launch launch(String failBuild, String... args) throws Exception {
        return run(command(failBuild, args));
    }

    private ProcessBuilder command(String failBuild, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = repo.resolve("entente").toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().put("REAL_JAVA", ProcessHandle.current().info().command().orElse("java"));
        pb.environment().put("CLASSES", System.getProperty("java.class.path"));
        if (!failBuild.isEmpty()) pb.environment().put("FAIL_BUILD", failBuild);
        return pb;
    }

    private static Launch run(ProcessBuilder pb) throws Exception {
        Path out = Files.createTempFile("launch", ".out"), err = Files.createTempFile("launch", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS)).as("launcher ended").isTrue();
        Launch l = new Launch(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return l;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

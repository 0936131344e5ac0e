package org.entente.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The second JVM's command line: the first's, with the quick compiler's flag swapped for the launcher's C2 flags. */
class CompilerHandoffCommandTest {
    @Test
    void theFirstQuickFlagGoesAndThePropertyBecomesTheFlagsItCarries() {
        List<String> args = List.of("-XX:TieredStopAtLevel=1", "-Dentente.tiered=-XX:FreqInlineSize=100  -Xss2m",
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", "e.jar", "run", "c.yaml");
        assertThat(CompilerHandoff.replaced("/jdk/bin/java", args, "-XX:FreqInlineSize=100  -Xss2m"))
                // a user's own C1-only setting (JAVA_OPTS, after the launcher's) is kept, and wins
                .containsExactly("/jdk/bin/java", "-XX:FreqInlineSize=100", "-Xss2m", "-Xshare:auto",
                        "-XX:TieredStopAtLevel=1", "-jar", "e.jar", "run", "c.yaml");
    }

    @Test
    void anEmptyPropertyAddsNoFlags() {
        assertThat(CompilerHandoff.replaced("java", List.of("-XX:TieredStopAtLevel=1", "-Dentente.tiered=", "-cp", "x",
                "Main"), "")).containsExactly("java", "-cp", "x", "Main");
    }

    @Test
    void aCommandLineWithoutTheLaunchersFlagsIsNotHandedOver() {
        assertThat(CompilerHandoff.replaced("java", List.of("-Dentente.tiered=", "-jar", "e.jar"), "")).isNull();
        assertThat(CompilerHandoff.replaced("java", List.of("-XX:TieredStopAtLevel=1", "-jar", "e.jar"), "")).isNull();
    }
}

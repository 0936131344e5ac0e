package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The class list of the launcher's archive: both lists once, nothing JDK 17 crashes on. */
class StartupClassListTest {
    @TempDir
    Path tmp;

    @Test
    void keepsArchivableClassesOnceAndDropsOldClassFilesAndMethodHandleHolders() throws IOException {
        Path run = Files.writeString(tmp.resolve("run.classes"), String.join("\n",
                "# NOTE: Do not modify this file.",
                "java/lang/Object",
                "jade/core/Agent",
                "org/apache/commons/math3/random/MersenneTwister",
                "org/entente/cli/Main",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L7_L",
                "@lambda-proxy org/entente/cli/Main run ()Ljava/lang/Runnable;",
                "org/entente/Generated$$Lambda$1"));
        Path describe = Files.writeString(tmp.resolve("describe.classes"), String.join("\n",
                "# NOTE: Do not modify this file.",
                "org/entente/cli/Main",
                "picocli/CommandLine",
                "org/entente/analysis/ScenarioDescription"));

        assertThat(StartupClassList.archivable(run.toString(), describe.toString())).containsExactly(
                "# NOTE: Do not modify this file.",
                "java/lang/Object",
                "org/entente/cli/Main",
                "@lambda-proxy org/entente/cli/Main run ()Ljava/lang/Runnable;",
                "org/entente/Generated$$Lambda$1",
                "picocli/CommandLine",
                "org/entente/analysis/ScenarioDescription");
    }
}

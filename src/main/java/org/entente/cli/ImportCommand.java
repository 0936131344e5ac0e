package org.entente.cli;

import org.entente.interop.AdditiveScenario;
import org.entente.interop.GeniusImport;
import org.entente.interop.GeniusWebImport;
import org.entente.interop.Identifiers;
import org.entente.interop.ScenarioImport;
import org.entente.model.Phrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** `entente import geniusweb|genius ...`: an Entente scenario from the automated-negotiation field's files (docs/interop.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write an Entente scenario from GeniusWeb (JSON) or GENIUS (XML) linear additive profiles.",
                "Utilities are reproduced exactly (checked outcome by outcome); anything the formats hold that "
                        + "Entente cannot reproduce exactly is an error naming file and line."},
        subcommands = {ImportCommand.GeniusWeb.class, ImportCommand.Genius.class})
public final class ImportCommand extends CommandGroup {

    /** Options both formats share. */
    static final class Target {
        @Option(names = "--out", paramLabel = "FILE.yaml", required = true, description = "the scenario file to write")
        Path out;

        @Option(names = "--parties", paramLabel = "IDS", split = ",",
                description = "the parties' ids, comma-separated, one per profile in order (default: made from the profile names)")
        List<String> parties;

        @Option(names = "--deadline", paramLabel = "N", defaultValue = "100",
                description = "rounds, written into the file; GENIUS's session discount d becomes d^(1/N) per round "
                        + "(default: ${DEFAULT-VALUE})")
        int deadline;

        @Option(names = "--force", description = "replace --out if it exists")
        boolean force;

        @Mixin DebugOption.Hidden debug;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        /** Reads the source files and writes the scenario; errors in the files are bad input (exit 2). */
        int write(Supplier<AdditiveScenario> read, Path domain, List<Path> profiles) {
            if (deadline < 1 || deadline > 1_000_000) throw new Main.UserError("--deadline must be in [1, 1000000]");
            return InteropWrite.run(out, () -> {
                AdditiveScenario source = read.get();
                ScenarioImport.Written w = ScenarioImport.write(source, parties, domain, profiles, deadline, out, force);
                PrintWriter o = spec.commandLine().getOut();
                o.println("wrote " + w.file() + ": " + Phrases.count(source.issues().size(), "issue", "issues") + ", parties "
                        + String.join(", ", w.partyIds()) + " (utilities checked against the " + source.format() + " files)");
                for (String note : source.notes()) o.println("note: " + note);
                o.println("next: ./entente describe " + w.file() + "   then   ./entente run " + w.file());
                o.flush();
            });
        }
    }

    @Command(name = "geniusweb", mixinStandardHelpOptions = true,
            description = {"From a GeniusWeb domain and its LinearAdditiveUtilitySpace profiles (ANL 2022-2024)."})
    static final class GeniusWeb implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DOMAIN.json", description = "the domain")
        Path domain;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PROFILE.json", description = "one profile per party (at least two)")
        List<Path> profiles;

        @Mixin Target target;

        @Override
        public Integer call() {
            return target.write(() -> GeniusWebImport.read(domain, profiles), domain, profiles);
        }
    }

    @Command(name = "genius", mixinStandardHelpOptions = true,
            description = {"From GENIUS utility-space XML profiles (ANAC 2010-2019), with their domain file if the "
                    + "profiles do not carry the issues."})
    static final class Genius implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PROFILE.xml", description = "one profile per party (at least two)")
        List<Path> profiles;

        @Option(names = "--domain", paramLabel = "DOMAIN.xml", description = "the domain (default: the first profile's issues)")
        Path domain;

        @Option(names = "--name", paramLabel = "TEXT", description = "the scenario's name (default: the profile names joined by ' vs ')")
        String name;

        @Option(names = "--real-steps", paramLabel = "N", defaultValue = "20",
                description = "grid steps for real issues, which GENIUS leaves continuous (default: ${DEFAULT-VALUE})")
        int realSteps;

        @Mixin Target target;

        @Override
        public Integer call() {
            if (realSteps < 1 || realSteps > 999_999) throw new Main.UserError("--real-steps must be in [1, 999999]");
            String title = name != null ? name : String.join(" vs ", profiles.stream()
                    .map(Identifiers::stem).toList());
            return target.write(() -> GeniusImport.read(profiles, domain, title, realSteps), domain, profiles);
        }
    }
}

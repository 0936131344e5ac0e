package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.interop.GeniusWebExport;
import org.entente.interop.Identifiers;
import org.entente.interop.ExportDirectory;
import org.entente.model.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** `entente export geniusweb FILE --out DIR`: a scenario as GeniusWeb domain and profiles (docs/interop.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a scenario in another tool's format, so that its agents can play it."},
        subcommands = {ExportCommand.GeniusWeb.class})
public final class ExportCommand extends CommandGroup {

    @Command(name = "geniusweb", mixinStandardHelpOptions = true,
            description = {"A GeniusWeb domain.json and one LinearAdditiveUtilitySpace profile per party, each holding "
                    + "the party's utility exactly; NOTES.md lists what GeniusWeb cannot hold (officials, discounts, ...)."})
    static final class GeniusWeb extends Subcommand {
        @Mixin ConfigFile file;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "the directory to write (new or empty)")
        Path out;

        @Mixin ForceOption force;

        @Mixin DebugOption.Hidden debug;

        @Override
        public Integer call() throws ConfigException {
            Config config = file.load();
            return InteropWrite.run(out, () -> {
                GeniusWebExport.Files files = GeniusWebExport.of(config.scenario(), Identifiers.stem(file.path));
                ExportDirectory.write(out, files, file.path, force.force);
                PrintWriter o = out();
                o.println("wrote " + out + ": " + String.join(", ", files.contents().keySet()) + ", NOTES.md");
                if (!files.notes().isEmpty()) {
                    o.println("not carried over or converted (see NOTES.md):");
                    for (String n : files.notes()) o.println("  - " + n);
                }
                o.flush();
            });
        }
    }
}

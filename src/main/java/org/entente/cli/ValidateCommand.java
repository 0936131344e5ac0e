package org.entente.cli;

import org.entente.config.ConfigError;
import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * `entente validate FILE...` (docs/cli.md): checks each file against the config contract;
 * prints {@code FILE: ok} to stdout, or each error as {@code FILE:LINE:COL: message} to stderr.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check config files against the config contract.",
                "Prints 'FILE: ok' for each valid file, or each error as 'FILE:LINE:COL: message'.",
                "Exit code 2 when any file is invalid."})
public final class ValidateCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario or experiment YAML files")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        boolean allValid = true;
        for (String name : files) {
            Path file;
            try {
                file = Path.of(name);
            } catch (InvalidPathException e) {
                err.println(name + ": cannot read: not a valid path");
                allValid = false;
                continue;
            }
            try {
                ConfigLoader.load(file);
                out.println(file + ": ok");
            } catch (ConfigException e) {
                allValid = false;
                for (ConfigError error : e.errors()) err.println(error);
            }
        }
        out.flush();
        err.flush();
        return allValid ? Main.OK : Main.BAD_INPUT;
    }
}

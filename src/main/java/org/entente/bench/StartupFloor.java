package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What {@code describe} cannot start faster than with its libraries, timed by {@code bench} in fresh JVMs with
 * describe's flags: {@code jvm} starts and exits; {@code picocli} also parses {@code FILE --json} with a
 * one-command picocli model; {@code yaml} also reads FILE as a YAML tree with Jackson (no config model, no
 * checks, no description).
 */
public final class StartupFloor {
    /** The levels, each adding one library's start-up to the one before it. */
    public enum Level { JVM, PICOCLI, YAML }

    private StartupFloor() {
    }

    @Command(name = "floor")
    static final class OneCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--json") boolean json;
        boolean yaml;

        @Override
        public Integer call() throws Exception {
            if (yaml) new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            return 0;
        }
    }

    /** {@code StartupFloor LEVEL FILE}: exit 0 once the level's work is done. */
    public static void main(String[] args) {
        Level level = Level.valueOf(args[0]);
        if (level == Level.JVM) return;
        OneCommand command = new OneCommand();
        command.yaml = level == Level.YAML;
        System.exit(new CommandLine(command).execute(args[1], "--json"));
    }
}

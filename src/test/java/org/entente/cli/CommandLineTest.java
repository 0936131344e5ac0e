package org.entente.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: clean --help everywhere, one line with a suggestion for a typo. */
class CommandLineTest {

    static List<String> commands() {
        CommandLine top = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
        return List.copyOf(top.getSubcommands().keySet());
    }

    @Test
    void everyHelpIsCleanOfPicocliWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            assertThat(CommandRun.of("--help").out()).startsWith("Usage: entente ");
            for (String c : commands()) {
                CommandRun r = CommandRun.of(c, "--help");
                assertThat(r.code()).as(c).isZero();
                assertThat(r.out()).as(c).contains("Usage: entente " + c);
                assertThat(r.err()).as(c).isEmpty();
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(commands()).contains("run", "merge", "slurm", "validate", "describe", "report", "play", "bench");
    }

    @Test
    void noOptionNeedsAConverterThatPicocliIsSpared() {
        CommandRun.of("--version");
        assertThat(System.getProperty("picocli.converters.excludes")).isEqualTo(Main.SPARED_CONVERTERS);
        assertThat(System.getProperty("picocli.disable.closures")).isEqualTo("true");
        List<String> needing = new ArrayList<>();
        Deque<CommandLine> todo = new ArrayDeque<>(List.of(
                Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false)));
        int types = 0;
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            for (CommandLine.Model.ArgSpec a : c.getCommandSpec().args()) {
                List<Class<?>> all = new ArrayList<>(List.of(a.type()));
                all.addAll(List.of(a.auxiliaryTypes()));
                for (Class<?> t : all) {
                    types++;
                    if (t.getName().matches(Main.SPARED_CONVERTERS)) needing.add(c.getCommandName() + " " + a.paramLabel());
                }
            }
        }
        assertThat(types).isGreaterThan(50);
        assertThat(needing).isEmpty();
        assertThat(java.time.Duration.class.getName()).matches(Main.SPARED_CONVERTERS);
        assertThat(java.nio.file.Path.class.getName()).doesNotMatch(Main.SPARED_CONVERTERS);
    }

    @Test
    void aMistypedOptionGetsOneLineWithTheNearestOption() {
        CommandRun r = CommandRun.of("run", "--runz", "3", "configs/china-lesotho.yaml");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEqualTo("entente: unknown option '--runz' (did you mean '--runs'?); see 'entente run --help'"
                + System.lineSeparator());
        assertThat(CommandRun.of("merge", "--ot", "x", "y").err())
                .startsWith("entente: unknown option '--ot' (did you mean '--out'?)");
        assertThat(CommandRun.of("slurm", "f.yaml", "--shards=2", "--out", "d", "--partiton=short").err())
                .startsWith("entente: unknown option '--partiton' (did you mean '--partition'?)");
    }

    @Test
    void aMistypedCommandGetsOneLineWithTheNearestCommand() {
        CommandRun r = CommandRun.of("rnu", "configs/china-lesotho.yaml");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEqualTo("entente: unknown command 'rnu' (did you mean 'run'?); see 'entente --help'"
                + System.lineSeparator());
        assertThat(CommandRun.of("vaildate", "x").err()).contains("(did you mean 'validate'?)");
        CommandRun help = CommandRun.of("help", "runn");
        assertThat(help.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(help.err()).isEqualTo("entente: unknown command 'runn' (did you mean 'run'?); see 'entente --help'"
                + System.lineSeparator());
    }

    @Test
    void noCommandAtAllListsTheCommands() {
        CommandRun r = CommandRun.of();
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).startsWith("Usage: entente ").contains("Commands:", "  run ", "  slurm ");
    }

    @Test
    void somethingUnlikeAnyNameGetsNoGuess() {
        assertThat(CommandRun.of("frobnicate").err())
                .isEqualTo("entente: unknown command 'frobnicate'; see 'entente --help'" + System.lineSeparator());
        assertThat(CommandRun.of("run", "--zzzzzz", "x").err()).startsWith("entente: unknown option '--zzzzzz';");
    }

    @Test
    void otherUsageErrorsAreOneLineToo() {
        CommandRun r = CommandRun.of("slurm", "configs/china-lesotho.yaml");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEqualTo("entente: missing required options: '--shards=N', '--out=DIR'; "
                + "see 'entente slurm --help'" + System.lineSeparator());
        assertThat(CommandRun.of("run", "a.yaml", "--runs", "x").err())
                .isEqualTo("entente: invalid value for option '--runs': 'x' is not an int; see 'entente run --help'"
                        + System.lineSeparator());
    }

    @Test
    void typosAreNearAndOtherWordsAreFar() {
        assertThat(CommandRun.of("run", "x.yaml", "--thread", "2").err()).contains("(did you mean '--threads'?)");
        assertThat(CommandRun.of("mrege", "a", "--out", "b").err()).contains("(did you mean 'merge'?)");
        assertThat(CommandRun.of("run", "x.yaml", "--colour").err()).startsWith("entente: unknown option '--colour';");
    }
}

package org.entente.cli;

import org.entente.config.ConfigError;
import org.entente.config.ConfigException;
import org.entente.results.OutputDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** The {@code entente} command: wires the subcommands, maps errors to exit codes (cli.md). */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Multi-agent negotiation simulator for international relations (JADE agents).")
public final class Main extends CommandGroup {
    /** The subcommands, in the order usage lists them (then help). */
    private static final List<Class<?>> COMMANDS = List.of(RunCommand.class, ValidateCommand.class,
            DescribeCommand.class, PlayCommand.class, ClassroomCommand.class, ReportCommand.class, MergeCommand.class,
            SlurmCommand.class, BenchCommand.class, ImportCommand.class, ExportCommand.class, WorkerCommand.class,
            CommandLine.HelpCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERRUPTED = 130;

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", SteadyLogManager.class.getName());
        }
        // charts render headless; only --gui (JADE's RMA and Sniffer) needs a display
        if (System.getProperty("java.awt.headless") == null && !java.util.Arrays.asList(args).contains("--gui")) {
            System.setProperty("java.awt.headless", "true");
        }
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        org.entente.agents.JadeExit.prepare();
        System.exit(code);
    }

    /**
     * Spares picocli two searches at every start that Entente's options never need (about 20 ms of describe's 300 on
     * two cores; docs/performance.md, "Fifteenth pass"): for Groovy closures (a class lookup that fails through the whole
     * jar) and for converters to java.sql and java.time types (two dozen reflective lookups, each loading classes).
     * A user's own setting of either property wins.
     */
    private static void quickPicocli() {
        if (System.getProperty("picocli.disable.closures") == null) System.setProperty("picocli.disable.closures", "true");
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", SPARED_CONVERTERS);
        }
    }

    /** The types whose built-in converters picocli does not register (a regular expression of class names). */
    static final String SPARED_CONVERTERS = "java\\.(sql|time)\\..*";

    /** Runs the command line and returns the exit code; used by main and by end-to-end tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        quickPicocli();
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = commandLine(out, err, debug, commandsFor(args));
        try {
            return cl.execute(args);
        } catch (Throwable t) {
            // what picocli lets through (errors such as OutOfMemoryError): one line all the same
            return failed(t, err, debug);
        }
    }

    private static int failed(Throwable t, PrintWriter err, boolean debug) {
        err.println(ErrorLine.internal(t, debug));
        if (debug) t.printStackTrace(err);
        err.flush();
        return FAILED;
    }

    /**
     * Only the command the first argument names, when it names one other than help: picocli builds every registered
     * command's model by reflection at each start. Every command otherwise, for usage, help and suggestions.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        for (Class<?> c : COMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            if (args.length > 0 && args[0].equals(name) && !name.equals("help")) return List.of(c);
        }
        return COMMANDS;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        return commandLine(out, err, debug, COMMANDS);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : commands) cl.addSubcommand(c);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(UsageErrors.line(ex, a));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter e = c.getErr();
            Throwable t = ex;
            while ((t instanceof java.util.concurrent.CompletionException
                    || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof ConfigException ce) {
                for (ConfigError error : ce.errors()) e.println(error);
                return BAD_INPUT;
            }
            if (t instanceof UserError || t instanceof OutputDirectoryException) {
                e.println("entente: " + t.getMessage());
                if (debug) t.printStackTrace(e);
                return BAD_INPUT;
            }
            if (t instanceof Interrupted) {
                e.println("entente: interrupted; " + t.getMessage());
                return INTERRUPTED;
            }
            if (t instanceof Failure f) {
                e.println(ErrorLine.of(f.getMessage()));
                if (debug) f.printStackTrace(e);
                return FAILED;
            }
            return failed(t, e, debug);
        });
        return cl;
    }

    /** Bad input the user can fix: exit code 2, one line. */
    public static final class UserError extends RuntimeException {
        public UserError(String message) {
            super(message);
        }
    }

    /** A failure the program foresaw and can name (a write that failed, damaged results): exit code 1, one line. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }

    /** The user interrupted (Ctrl-C): exit code 130. */
    public static final class Interrupted extends RuntimeException {
        public Interrupted(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"entente " + (v != null ? v : "0.1.0") + " (JADE 4.3, Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}

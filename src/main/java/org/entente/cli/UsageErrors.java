package org.entente.cli;

import org.entente.config.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** One line for a command line picocli could not parse, with a "did you mean" for mistyped options and commands. */
final class UsageErrors {
    private UsageErrors() {
    }

    /** The line for {@code ex}, raised while parsing {@code args}. */
    static String line(ParameterException ex, String[] args) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        return "entente: " + describe(ex, spec, args) + "; see '" + spec.qualifiedName() + " --help'";
    }

    private static String describe(ParameterException ex, CommandSpec spec, String[] args) {
        // an unknown option may have been taken for a positional value; it is the likelier mistake
        List<String> options = spec.options().stream().filter(o -> !o.hidden())
                .flatMap((OptionSpec o) -> Arrays.stream(o.names())).toList();
        int from = spec.parent() == null ? 0 : Arrays.asList(args).indexOf(spec.name()) + 1;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (spec.parent() == null && !arg.startsWith("-")) break;   // a command: what follows is its own
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.startsWith("-") && !name.matches("-[0-9.]+|-") && spec.findOption(name) == null
                    && !name.equals("--")) {
                return "unknown option '" + name + "'" + hint(name, options);
            }
            if (arg.equals("--")) break;
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (!spec.subcommands().isEmpty()) return unknownCommand(first, spec);
            return "unexpected argument '" + first + "'";
        }
        // `help NAME` where NAME is no command: picocli's help command passes NAME as the value, with no option
        if (ex.getArgSpec() == null && ex.getValue() != null && !spec.subcommands().isEmpty()) {
            return unknownCommand(ex.getValue(), spec);
        }
        String m = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        boolean sentence = m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1));
        return sentence ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }

    private static String unknownCommand(String typed, CommandSpec spec) {
        return "unknown command '" + typed + "'" + hint(typed, spec.subcommands().keySet());
    }

    private static String hint(String typed, Collection<String> known) {
        String nearest = Messages.closest(typed, known);
        return nearest == null ? "" : " (did you mean '" + nearest + "'?)";
    }
}

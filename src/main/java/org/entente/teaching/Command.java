package org.entente.teaching;

import java.util.List;
import java.util.Locale;

/** One line the student typed at the prompt, parsed into what it asks for (offers still unresolved). */
public sealed interface Command {

    /** {@code offer issue=value ...}: propose a package (missing issues filled in). */
    record Propose(List<String> assignments) implements Command {
    }

    /** {@code accept [party]}: accept the offer on the table (or that party's offer). */
    record Accept(String party) implements Command {
    }

    /** {@code keep}: repeat the previous own offer (monotonic concession: stand still). */
    record Keep() implements Command {
    }

    /** {@code show [issue=value ...]}: the current standing, or the value of a package without offering it. */
    record Show(List<String> assignments) implements Command {
    }

    record Help() implements Command {
    }

    /** {@code quit}: walk away from the table. */
    record Quit() implements Command {
    }

    /** {@code yes}: vote for / confirm. */
    record Yes() implements Command {
    }

    /** {@code no}: vote against / withdraw. */
    record No() implements Command {
    }

    /** Parses a line; blank lines are not commands (returns null). */
    static Command parse(String line) throws CommandError {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) return null;
        String[] words = trimmed.split("\\s+");
        String verb = words[0].toLowerCase(Locale.ROOT);
        List<String> rest = List.of(words).subList(1, words.length);
        switch (verb) {
            case "offer", "propose", "o" -> {
                return new Propose(joinSpacedAssignments(rest));
            }
            case "accept", "a" -> {
                if (rest.size() > 1) throw new CommandError("accept takes at most one party id, e.g. 'accept' or 'accept china'");
                return new Accept(rest.isEmpty() ? null : rest.get(0).toLowerCase(Locale.ROOT));
            }
            case "keep", "stand" -> {
                return new Keep();
            }
            case "show", "s", "value" -> {
                return new Show(joinSpacedAssignments(rest));
            }
            case "help", "h", "?" -> {
                return new Help();
            }
            case "quit", "q", "exit", "walk" -> {
                return new Quit();
            }
            case "yes", "y" -> {
                return new Yes();
            }
            case "no", "n" -> {
                return new No();
            }
            default -> throw new CommandError("unknown command '" + words[0]
                    + "'; type 'help' for the commands you can use now");
        }
    }

    /** Accepts "purchase=60", "purchase =60", "purchase= 60" and "purchase = 60" alike. */
    private static List<String> joinSpacedAssignments(List<String> words) throws CommandError {
        StringBuilder all = new StringBuilder();
        for (String w : words) all.append(w).append(' ');
        String normalised = all.toString().replaceAll("\\s*=\\s*", "=").strip();
        if (normalised.isEmpty()) return List.of();
        List<String> out = List.of(normalised.split("\\s+"));
        for (String a : out) {
            int eq = a.indexOf('=');
            if (eq <= 0 || eq == a.length() - 1) {
                throw new CommandError("'" + a + "' is not of the form issue=value");
            }
        }
        return out;
    }
}

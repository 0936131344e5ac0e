package org.entente.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for the {@code --out DIR} a command writes into, so that nothing a user had is
 * overwritten: DIR must be a new or an empty directory (Entente's own bookkeeping does not count:
 * {@link ResultsDirectory#isEmpty}), never a file. What else a command accepts ({@code --force}, run's
 * {@code --resume}, slurm's own experiment) it checks itself and passes as the other ways, which the
 * refusal names; play and bench, which refuse only a directory that holds their own files, say so
 * through {@link #refusal}. Every refusal is one line: the directory, what is wrong, what to do.
 */
public final class OutputDirectoryRule {
    /** The other way of a command with {@code --force}, as its refusal names it. */
    public static final String FORCE = "--force to write into it anyway";

    private OutputDirectoryRule() {
    }

    /**
     * Refuses {@code dir} unless it is a new or an empty directory; {@code otherWays} are what else the
     * command accepts (each checked by the caller), as the refusal names them.
     */
    public static void requireNewOrEmpty(Path dir, String... otherWays) throws IOException, OutputDirectoryException {
        requireDirectory(dir);
        if (!ResultsDirectory.isEmpty(dir)) throw notEmpty(dir, otherWays);
    }

    /** The rule of a command with {@code --force}: a new or empty directory, or any directory when {@code force}. */
    public static void requireNewOrEmptyOrForce(Path dir, boolean force) throws IOException, OutputDirectoryException {
        if (force) requireDirectory(dir);
        else requireNewOrEmpty(dir, FORCE);
    }

    /** Refuses a {@code dir} that exists and is not a directory, which no other way lets a command write into. */
    public static void requireDirectory(Path dir) throws OutputDirectoryException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw refusal(dir, "exists and is not a directory");
    }

    /** The refusal of a non-empty {@code dir}. */
    public static OutputDirectoryException notEmpty(Path dir, String... otherWays) {
        return refusal(dir, "is not empty", otherWays);
    }

    /** "DIR PROBLEM; use a new or empty --out directory, WAY ..., or WAY". */
    public static OutputDirectoryException refusal(Path dir, String problem, String... otherWays) {
        List<String> ways = new ArrayList<>(List.of("a new or empty --out directory"));
        ways.addAll(List.of(otherWays));
        String last = ways.remove(ways.size() - 1);
        String choice = ways.isEmpty() ? last : String.join(", ", ways) + ", or " + last;
        return new OutputDirectoryException(dir + " " + problem + "; use " + choice);
    }
}

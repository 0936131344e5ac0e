package org.entente.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}: stack traces with errors. Main reads it from the raw arguments (errors may come
 * before parsing ends), so these mixins only declare it, once for the commands that show it in --help.
 */
final class DebugOption {
    @Option(names = "--debug", description = "stack traces with errors")
    boolean debug;

    /** The same option kept out of --help (the teaching and interop commands). */
    static final class Hidden {
        @Option(names = "--debug", hidden = true, description = "stack traces on errors")
        boolean debug;
    }
}

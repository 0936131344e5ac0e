package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in-process, as {@code ./entente} would run it: exit code and both outputs. */
public record CommandRun(int code, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}

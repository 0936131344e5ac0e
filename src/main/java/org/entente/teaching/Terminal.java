package org.entente.teaching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;

/**
 * The student's terminal, shared by the command (briefing, debrief) and the head agent's thread
 * (prompts): every call is synchronised. Works the same with a terminal or a piped script; with
 * {@code echo}, lines read are written after their prompt so a scripted session reads like a
 * live one. End of input stays ended (every later prompt answers null).
 */
public final class Terminal {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;
    private boolean ended;

    public Terminal(Reader in, PrintWriter out, boolean echo) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
        this.out = out;
        this.echo = echo;
    }

    /** Writes text (one or more lines) and flushes. */
    public synchronized void say(String text) {
        out.println(text);
        out.flush();
    }

    /** Writes the prompt and reads one line; null at end of input (or when input fails). */
    public synchronized String ask(String prompt) {
        out.print(prompt);
        out.flush();
        if (ended) {
            out.println();
            out.flush();
            return null;
        }
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line == null) {
            ended = true;
            out.println("(end of input)");
        } else if (echo) {
            out.println(line);
        }
        out.flush();
        return line;
    }

    public synchronized boolean ended() {
        return ended;
    }
}

package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line an error shows the user, never with more than a glimpse of the input (long quoted
 * text and long words keep only their ends). A failure the program did not foresee is at most
 * {@value #MAX} characters and says where in the code it happened; a foreseen one keeps its whole
 * advice, with the message of the system or library inside it at most {@value #REASON} characters.
 */
final class ErrorLine {
    /** The longest line of an unforeseen failure (and of each failed run's reason). */
    static final int MAX = 200;
    /** The longest message of a system call or library inside a line. */
    static final int REASON = 120;
    private static final String PREFIX = "entente: ";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{33,})\"|'([^']{33,})'");
    private static final Pattern LONG_WORD = Pattern.compile("\\S{81,}");

    private ErrorLine() {
    }

    /** "entente: " and the message on one line, input in it made short. */
    static String of(String message) {
        return PREFIX + shorten(message, Integer.MAX_VALUE);
    }

    static String warning(String message) {
        return of("warning: " + message);
    }

    /** For a failure the program did not foresee: what it is, its message, and the code it came from. */
    static String internal(Throwable thrown, boolean debug) {
        Throwable t = cause(thrown);
        if (t instanceof OutOfMemoryError) {
            return of("out of memory (" + t.getMessage() + "); give Java more, e.g. JAVA_OPTS=-Xmx4g ./entente ...");
        }
        String what = t instanceof IOException ? "I/O error: " + reason(t)
                : "internal error: " + t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
        String where = " (at " + where(t) + (debug ? ")" : "; run with --debug for details)");
        return PREFIX + shorten(what, MAX - PREFIX.length() - where.length()) + where;
    }

    /** The throwable under the wrappers that only carry it. */
    private static Throwable cause(Throwable t) {
        while (t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof UncheckedIOException || t instanceof java.lang.reflect.InvocationTargetException
                || t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        return t;
    }

    /** The first frame of Entente's own code ("StoredRuns.java:38"), else the first frame. */
    private static String where(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length == 0) return "an unknown place";
        StackTraceElement at = trace[0];
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("org.entente.")) {
                at = e;
                break;
            }
        }
        String file = at.getFileName() != null ? at.getFileName() : at.getClassName();
        return at.getLineNumber() > 0 ? file + ":" + at.getLineNumber() : file;
    }

    /** Why an operation failed, in words ("the disk is full", "permission denied: PATH"), at most {@value #REASON} characters. */
    static String reason(Throwable e) {
        return shorten(why(e), REASON);
    }

    private static String why(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : "";
        if (m.contains("No space left")) return "the disk is full";
        if (m.contains("Disk quota exceeded")) return "the disk quota is used up";
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return !m.isEmpty() ? m : e.getClass().getSimpleName();
    }

    /**
     * The message on one line of at most {@code max} characters: control characters and runs of white
     * space become one space, quoted text over 32 characters and words over 80 keep only their ends.
     */
    static String shorten(String message, int max) {
        Matcher q = QUOTED.matcher(message == null ? "" : message);
        StringBuilder b = new StringBuilder();
        while (q.find()) {
            String quote = q.group(1) != null ? "\"" : "'";
            String inner = q.group(1) != null ? q.group(1) : q.group(2);
            q.appendReplacement(b, Matcher.quoteReplacement(quote + ends(inner, 12, 12) + quote));
        }
        q.appendTail(b);
        Matcher w = LONG_WORD.matcher(b.toString().replaceAll("[\\p{Cntrl}\\s]+", " ").strip());
        StringBuilder c = new StringBuilder();
        while (w.find()) w.appendReplacement(c, Matcher.quoteReplacement(ends(w.group(), 40, 30)));
        w.appendTail(c);
        String s = c.toString();
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static String ends(String s, int head, int tail) {
        return s.substring(0, head).strip() + "…" + s.substring(s.length() - tail).strip();
    }
}

package org.entente.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages and their scripts and style, served from the jar (no CDN: a classroom network may have
 * no internet). Only the files listed here are served, read once at start.
 */
final class Pages {
    private static final String ROOT = "/org/entente/classroom/web/";
    /** URL path → resource file. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/", "student.html"),
            Map.entry("/teacher", "teacher.html"),
            Map.entry("/debrief", "debrief.html"),
            Map.entry("/static/classroom.css", "classroom.css"),
            Map.entry("/static/common.js", "common.js"),
            Map.entry("/static/student.js", "student.js"),
            Map.entry("/static/teacher.js", "teacher.js"),
            Map.entry("/static/debrief.js", "debrief.js"));

    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    Pages() {
        for (Map.Entry<String, String> e : FILES.entrySet()) bytes.put(e.getKey(), read(e.getValue()));
    }

    private static byte[] read(String file) {
        try (InputStream in = Pages.class.getResourceAsStream(ROOT + file)) {
            if (in == null) throw new IllegalStateException("the classroom page " + file + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean has(String path) {
        return bytes.containsKey(path);
    }

    void send(Exchange x, String path) {
        x.send(200, type(FILES.get(path)), bytes.get(path), true);
    }

    private static String type(String file) {
        if (file.endsWith(".html")) return "text/html; charset=utf-8";
        if (file.endsWith(".css")) return "text/css; charset=utf-8";
        return "text/javascript; charset=utf-8";
    }
}

package org.entente.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages and their scripts and style, served from the jar (no CDN: a classroom network may have
 * no internet). Only the files listed here are served, read once at start. The three pages share
 * one head (page-head.html: style, scripts, title bar, notice line); each page file holds the rest.
 */
final class Pages {
    private static final String ROOT = "/org/entente/classroom/web/";
    /** URL path → page: its file and script name, its title, heading and the id of the bar's second line. */
    private static final Map<String, Page> PAGES = Map.of(
            "/", new Page("student", "Entente classroom", "Entente classroom", "who"),
            "/teacher", new Page("teacher", "Entente classroom — teacher", "Entente classroom", "scenario"),
            "/debrief", new Page("debrief", "Entente classroom — debrief", "Class debrief", "scenario"));
    /** URL path → resource file served as it is. */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("/static/classroom.css", "classroom.css"),
            Map.entry("/static/common.js", "common.js"),
            Map.entry("/static/student.js", "student.js"),
            Map.entry("/static/teacher.js", "teacher.js"),
            Map.entry("/static/debrief.js", "debrief.js"));

    /** One page: {@code name}.html after the shared head, which loads {@code name}.js. */
    private record Page(String name, String title, String heading, String who) {
        byte[] html(String head) {
            String filled = head.replace("{title}", title).replace("{page}", name).replace("{heading}", heading)
                    .replace("{who}", who);
            return (filled + new String(read(name + ".html"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    Pages() {
        String head = new String(read("page-head.html"), StandardCharsets.UTF_8);
        PAGES.forEach((path, page) -> bytes.put(path, page.html(head)));
        FILES.forEach((path, file) -> bytes.put(path, read(file)));
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
        x.send(200, type(path), bytes.get(path), true);
    }

    private static String type(String path) {
        if (PAGES.containsKey(path)) return "text/html; charset=utf-8";
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        return "text/javascript; charset=utf-8";
    }
}

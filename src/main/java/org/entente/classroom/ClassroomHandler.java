package org.entente.classroom;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Routes every request: the pages, the students' API, the teacher's API. A refused request is
 * answered {@code {"error": "..."}} with its status; anything unexpected becomes a 500 with no
 * detail for the client (the terminal is told), so no stack trace ever reaches a browser.
 */
final class ClassroomHandler extends Handler.Abstract {
    /** One endpoint: its method and what answers it. */
    private record Route(String method, Endpoint endpoint) {
    }

    @FunctionalInterface
    private interface Endpoint {
        void answer(Exchange x) throws ApiError;
    }

    private final Pages pages = new Pages();
    private final Map<String, Route> routes;
    private final Consumer<String> log;

    ClassroomHandler(StudentApi students, TeacherApi teacher, Consumer<String> log) {
        this.log = log;
        this.routes = Map.ofEntries(
                Map.entry("/api/join", new Route("POST", students::join)),
                Map.entry("/api/me", new Route("GET", students::me)),
                Map.entry("/api/offer", new Route("POST", students::offer)),
                Map.entry("/api/accept", new Route("POST", students::accept)),
                Map.entry("/api/vote", new Route("POST", students::vote)),
                Map.entry("/api/walk", new Route("POST", students::walk)),
                Map.entry("/api/appraise", new Route("POST", students::appraise)),
                Map.entry("/api/teacher/tables", new Route("GET", teacher::tables)),
                Map.entry("/api/teacher/results.csv", new Route("GET", teacher::resultsCsv)),
                Map.entry("/api/teacher/debrief", new Route("GET", teacher::debrief)),
                Map.entry("/api/teacher/debrief/" + DebriefCharts.OUTCOME_SPACE, new Route("GET", x -> teacher.chart(x, DebriefCharts.OUTCOME_SPACE))),
                Map.entry("/api/teacher/debrief/" + DebriefCharts.SEATS, new Route("GET", x -> teacher.chart(x, DebriefCharts.SEATS))),
                Map.entry("/api/teacher/mode", new Route("POST", teacher::mode)),
                Map.entry("/api/teacher/start", new Route("POST", teacher::start)),
                Map.entry("/api/teacher/end", new Route("POST", teacher::end)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange x = new Exchange(request, response, callback);
        try {
            route(x);
        } catch (ApiError e) {
            x.error(e);
        } catch (RuntimeException e) {
            log.accept("internal error answering " + x.method() + " " + x.path() + ": " + e);
            x.json(500, Exchange.JSON.createObjectNode().put("error", "internal error; the teacher's terminal says more"));
        }
        return true;
    }

    private void route(Exchange x) throws ApiError {
        String path = x.path();
        if (pages.has(path)) {
            if (!x.method().equals("GET") && !x.method().equals("HEAD")) throw ApiError.notAllowed("use GET for pages");
            pages.send(x, path);
            return;
        }
        Route r = routes.get(path);
        if (r == null) throw ApiError.notFound("no such page or endpoint: " + path);
        if (!r.method().equals(x.method())) throw ApiError.notAllowed("use " + r.method() + " for " + path);
        r.endpoint().answer(x);
    }
}

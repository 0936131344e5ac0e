package org.entente.classroom;

import org.entente.evaluation.RunRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The teacher's endpoints (docs/classroom.md): every table live (long polling with {@code ?after=VERSION}),
 * results.csv, the debrief and its charts, the seating mode, starting waiting tables with the
 * agents, ending the class. Only
 * the teacher's token opens them: a student's token is refused (403).
 */
final class TeacherApi {
    private final Classroom classroom;
    private final TeacherView view;
    private final ClassResults results;
    private final ClassDebrief debrief;

    TeacherApi(Classroom classroom, ClassResults results, ClassDebrief debrief) {
        this.classroom = classroom;
        this.view = new TeacherView(classroom.world());
        this.results = results;
        this.debrief = debrief;
    }

    /** 401 without a known token, 403 for a student's. */
    void authorize(Exchange x) throws ApiError {
        String token = x.bearer();
        if (token == null) throw ApiError.unauthorized("the teacher's token is needed (open the teacher's URL)");
        if (classroom.isTeacher(token)) return;
        if (classroom.student(token) != null) throw ApiError.forbidden("this is the teacher's endpoint; students cannot use it");
        throw ApiError.unauthorized("unknown token: open the teacher's URL printed when the classroom started");
    }

    /** GET /api/teacher/tables[?after=VERSION]. */
    void tables(Exchange x) throws ApiError {
        authorize(x);
        String after = x.query("after");
        if (after != null) {
            try {
                classroom.signal().await(Long.parseLong(after), StudentApi.LONG_POLL_MILLIS);
            } catch (NumberFormatException e) {
                throw ApiError.badInput("after must be the version number of the state you have");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        x.json(200, view.tables(classroom));
    }

    /** GET /api/teacher/results.csv: the finished tables in runs.csv's format. */
    void resultsCsv(Exchange x) throws ApiError {
        authorize(x);
        List<RunRecord> records = results.records();
        x.download("text/csv; charset=utf-8", results.runsTable(records).getBytes(StandardCharsets.UTF_8), "results.csv");
    }

    /** GET /api/teacher/debrief: the class debrief's data. */
    void debrief(Exchange x) throws ApiError {
        authorize(x);
        x.json(200, debrief.json());
    }

    /** GET /api/teacher/debrief/NAME.png: the debrief's chart {@code name}, one of {@link DebriefCharts}' names. */
    void chart(Exchange x, String name) throws ApiError {
        authorize(x);
        try {
            x.send(200, "image/png", debrief.chart(name), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POST /api/teacher/mode {"mode": "agents"|"students"}: how students who join from now on are seated. */
    void mode(Exchange x) throws ApiError {
        authorize(x);
        String id = StudentApi.text(x.body(), "mode");
        Mode m = Mode.find(id).orElseThrow(() -> ApiError.badInput("mode is agents or students, not '" + id + "'"));
        classroom.mode(m);
        x.json(200, view.tables(classroom));
    }

    /** POST /api/teacher/start: tables waiting for students start with the agents in the empty seats. */
    void start(Exchange x) throws ApiError {
        authorize(x);
        classroom.startWaiting();
        x.json(200, view.tables(classroom));
    }

    /** POST /api/teacher/end: the class ends; students still negotiating walk away. */
    void end(Exchange x) throws ApiError {
        authorize(x);
        classroom.end("the teacher ended the class");
        x.json(200, view.tables(classroom));
    }
}

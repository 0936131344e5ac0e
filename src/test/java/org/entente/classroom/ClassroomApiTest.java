package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.results.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The classroom's JSON API (docs/classroom.md) over real HTTP, negotiating on the JADE agents. */
class ClassroomApiTest {
    private static final String GOOD = "{\"share\":50,\"commission\":\"data_sharing\"}";

    @TempDir
    Path dir;

    /** Polls /api/me (long polling on the version) until the student is asked something or the table is over. */
    static JsonNode awaitMove(ClassroomClient c) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode me = c.me().json();
        while (System.nanoTime() < end) {
            if (!me.get("prompt").isNull() || me.get("status").asText().equals("finished")) return me;
            me = c.get("/api/me?after=" + me.get("version").asLong()).json();
        }
        throw new AssertionError("no move and no end within 30 s: " + me);
    }

    static JsonNode awaitEnd(ClassroomClient c) throws Exception {
        JsonNode me = awaitMove(c);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!me.get("status").asText().equals("finished") && System.nanoTime() < end) {
            me = c.get("/api/me?after=" + me.get("version").asLong()).json();
        }
        assertThat(me.get("status").asText()).isEqualTo("finished");
        return me;
    }

    @Test
    void aStudentNegotiatesAgainstTheAgentsToARatifiedAgreement() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient alice = live.student();
            var joined = alice.join(" river7 ", "Alice");
            assertThat(joined.status()).isEqualTo(200);
            assertThat(joined.get("party").asText()).isEqualTo("downstream");
            assertThat(joined.get("table").asInt()).isEqualTo(1);

            JsonNode me = awaitMove(alice);
            assertThat(me.get("party").asText()).isEqualTo("downstream");
            assertThat(me.get("reservation").asDouble()).isEqualTo(0.3);
            assertThat(me.get("preferences").get("share").get("wish").asText()).isEqualTo("the higher the better");
            assertThat(me.get("officials").get(1).get("threshold").asDouble()).isEqualTo(0.35);
            assertThat(me.get("prompt").get("kind").asText()).isEqualTo("turn");
            assertThat(me.get("turn").get(0).asText()).isEqualTo("downstream");
            // the agents opened with upstream's ideal: worth 0 to downstream, which its parliament vetoes
            JsonNode opening = me.get("prompt").get("offers").get(0);
            assertThat(opening.get("party").asText()).isEqualTo("upstream");
            assertThat(opening.get("issues").get("share").asDouble()).isEqualTo(30);
            assertThat(opening.get("value").asDouble()).isEqualTo(0.0);
            assertThat(opening.get("officials").get("shortfall").asText()).isEqualTo("vetoed by parliament");

            var appraisal = alice.post("/api/appraise", "{\"issues\":" + GOOD + "}");
            assertThat(appraisal.get("value").asDouble()).isCloseTo(0.53, offset(1e-9));
            assertThat(appraisal.get("officials").get("ratified").asBoolean()).isTrue();

            for (int i = 0; i < 12 && !me.get("status").asText().equals("finished"); i++) {
                var a = alice.offer(GOOD);
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                me = awaitMove(alice);
            }
            assertThat(me.get("status").asText()).isEqualTo("finished");
            JsonNode outcome = me.get("outcome");
            assertThat(outcome.get("result").asText()).isEqualTo("agreement");
            assertThat(outcome.get("issues").get("share").asDouble()).isEqualTo(50);
            assertThat(outcome.get("issues").get("commission").asText()).isEqualTo("data_sharing");
            assertThat(outcome.get("utility").asDouble()).isCloseTo(0.53, offset(1e-9));
            assertThat(me.get("offers").findValuesAsText("action")).contains("offer", "accept", "ratify");

            awaitFinishedTables(live, 1);
            var csv = live.teacher().get("/api/teacher/results.csv");
            assertThat(csv.status()).isEqualTo(200);
            List<List<String>> rows = csv(csv.body());
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).startsWith("run_id", "point", "replicate", "seed", "protocol").contains("agreement");
            assertThat(cell(rows, 1, "agreement")).isEqualTo("true");
            assertThat(cell(rows, 1, "issue.commission")).isEqualTo("data_sharing");
            assertThat(Files.readString(dir.resolve("class/runs.csv"))).isEqualTo(csv.body());
        }
    }

    @Test
    void twoStudentsArePairedAtATableAndTheTeacherSeesTheirAgreement() throws Exception {
        try (LiveClassroom live = LiveClassroom.riverWithCloud(Mode.STUDENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient up = live.student(), down = live.student();
            assertThat(up.join(LiveClassroom.CODE, "Ursula").get("party").asText()).isEqualTo("upstream");
            JsonNode waiting = up.me().json();
            assertThat(waiting.get("status").asText()).isEqualTo("waiting");
            assertThat(down.join(LiveClassroom.CODE, "Dmitri").get("party").asText()).isEqualTo("downstream");

            JsonNode u = awaitMove(up);
            assertThat(u.get("table").get("parties").findValuesAsText("student")).containsExactly("Ursula", "Dmitri");
            var early = down.offer(GOOD);
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.get("error").asText()).isEqualTo("it is not your move: wait for the other side");
            assertThat(up.accept().status()).as("nothing on the table yet").isEqualTo(409);

            assertThat(up.offer(GOOD).status()).isEqualTo(200);
            JsonNode d = awaitMove(down);
            assertThat(d.get("prompt").get("offers").get(0).get("party").asText()).isEqualTo("upstream");
            JsonNode accepted = down.accept().json();
            assertThat(accepted.get("status").asText()).isEqualTo("finished");
            assertThat(accepted.get("outcome").get("result").asText()).isEqualTo("agreement");

            JsonNode tables = awaitFinishedTables(live, 1);
            JsonNode t = tables.get("tables").get(0);
            assertThat(t.get("seats").findValuesAsText("student")).containsExactly("Ursula", "Dmitri");
            assertThat(t.get("outcome").get("result").asText()).isEqualTo("agreement");
            assertThat(t.get("outcome").get("round").asInt()).isZero();
            assertThat(t.get("outcome").get("values").get("upstream").asDouble()).isCloseTo(0.544, offset(1e-9));
            assertThat(tables.get("students").asInt()).isEqualTo(2);

            ClassroomClient teacher = live.teacher();
            assertThat(up.get("/api/teacher/debrief").status()).isEqualTo(403);
            JsonNode debrief = awaitCloud(teacher);
            assertThat(debrief.get("reference").get("nash").get("issues").get("share").asDouble()).isEqualTo(50);
            assertThat(debrief.get("reference").get("weighted_nash").get("issues").get("commission").asText()).isEqualTo("data_sharing");
            assertThat(debrief.get("tables").get(0).get("students").get("downstream").asText()).isEqualTo("Dmitri");
            JsonNode seat = debrief.get("seats").get(1);
            assertThat(seat.get("students").asInt()).isEqualTo(1);
            assertThat(seat.get("mean").asDouble()).isCloseTo(0.53, offset(1e-9));
            assertThat(seat.get("agents").get("runs").asInt()).isEqualTo(LiveClassroom.CLOUD);
            // the agents' own runs are a results directory too
            assertThat(Files.readAllLines(dir.resolve("class/agents/runs.csv"))).hasSize(LiveClassroom.CLOUD + 1);
            for (String chart : List.of("outcome-space.png", "seats.png")) {
                var png = teacher.get("/api/teacher/debrief/" + chart);
                assertThat(png.status()).isEqualTo(200);
                assertThat(png.body().substring(1, 4)).as("a PNG's signature").isEqualTo("PNG");
                assertThat(Files.size(dir.resolve("class/debrief/" + chart))).isGreaterThan(10_000);
            }
            expect(teacher.get("/api/teacher/debrief/frontier.png"), 404,
                    "no such page or endpoint: /api/teacher/debrief/frontier.png");
        }
    }

    /** The debrief once the agents' Monte Carlo runs are all in. */
    static JsonNode awaitCloud(ClassroomClient teacher) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode d = teacher.get("/api/teacher/debrief").json();
        while (!d.get("cloud").get("complete").asBoolean() && System.nanoTime() < end) {
            Thread.sleep(100);
            d = teacher.get("/api/teacher/debrief").json();
        }
        return d;
    }

    @Test
    void aStudentWhoStopsAnsweringWalksAwayAndTheTableEndsCleanly() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.STUDENTS, Duration.ofSeconds(2), dir)) {
            ClassroomClient up = live.student(), down = live.student();
            up.join(LiveClassroom.CODE, "Ursula");
            down.join(LiveClassroom.CODE, "Dmitri");
            JsonNode end = awaitEnd(down);
            assertThat(end.get("outcome").get("result").asText()).isEqualTo("no_agreement");
            assertThat(end.get("offers").findValuesAsText("action")).doesNotContain("offer", "accept");
            JsonNode t = awaitFinishedTables(live, 1).get("tables").get(0);
            assertThat(t.get("seats").get(0).get("gone").asText()).isEqualTo("no move within 2 seconds");
            assertThat(t.get("outcome").get("utilities").get("downstream").asDouble()).isEqualTo(0.3);
            assertThat(cell(csv(live.teacher().get("/api/teacher/results.csv").body()), 1, "agreement")).isEqualTo("false");
        }
    }

    @Test
    void aStudentWhoReloadsGetsTheirSeatBack() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient tab = live.student();
            tab.join(LiveClassroom.CODE, "Alice");
            JsonNode before = awaitMove(tab);
            tab.offer("{\"share\":60}");
            ClassroomClient reloaded = live.student();
            reloaded.token = tab.token;
            JsonNode after = awaitMove(reloaded);
            assertThat(after.get("name").asText()).isEqualTo("Alice");
            assertThat(after.get("table").get("number").asInt()).isEqualTo(before.get("table").get("number").asInt());
            assertThat(after.get("last_offer").get("issues").get("share").asDouble()).isEqualTo(60);
            assertThat(after.get("prompt").get("kind").asText()).isEqualTo("turn");
            assertThat(reloaded.offer(GOOD).status()).isEqualTo(200);
        }
    }

    @Test
    void studentTokensAreRefusedByTeacherEndpointsAndTheTeacherTokenByStudentOnes() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient alice = live.student(), stranger = live.student(), teacher = live.teacher();
            alice.join(LiveClassroom.CODE, "Alice");
            for (String path : List.of("/api/teacher/tables", "/api/teacher/results.csv")) {
                assertThat(alice.get(path).status()).as(path).isEqualTo(403);
                assertThat(stranger.get(path).status()).as(path).isEqualTo(401);
                assertThat(teacher.get(path).status()).as(path).isEqualTo(200);
            }
            for (String path : List.of("/api/teacher/mode", "/api/teacher/start", "/api/teacher/end")) {
                assertThat(alice.post(path, "{\"mode\":\"students\"}").status()).as(path).isEqualTo(403);
            }
            assertThat(teacher.me().status()).isEqualTo(403);
            assertThat(teacher.offer(GOOD).status()).isEqualTo(403);
            assertThat(stranger.me().status()).isEqualTo(401);
            stranger.token = "not-a-token";
            assertThat(stranger.me().status()).isEqualTo(401);
            assertThat(live.classroom.tables()).hasSize(1);
        }
    }

    @Test
    void badInputIsRefusedWithOneClearJsonLineAndNoStackTrace() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient c = live.student();
            List<ClassroomClient.Answer> errors = new ArrayList<>();
            errors.add(expect(c.join(LiveClassroom.CODE, "   "), 400, "give a name of 1 to 40 characters"));
            errors.add(expect(c.join(LiveClassroom.CODE, "x".repeat(41)), 400, "give a name of 1 to 40 characters"));
            errors.add(expect(c.join(LiveClassroom.CODE, "bell\u0007"), 400, "a name cannot contain control or invisible characters"));
            errors.add(expect(c.post("/api/join", "{\"code\": 5, \"name\": \"A\"}"), 400, "\"code\" must be text"));
            errors.add(expect(c.post("/api/join", "{not json"), 400, "the request body is not valid JSON"));
            errors.add(expect(c.post("/api/join", "{\"name\":\"" + "y".repeat(70_000) + "\"}"), 413, "Payload Too Large"));
            errors.add(expect(c.get("/api/nowhere"), 404, "no such page or endpoint: /api/nowhere"));
            errors.add(expect(c.get("/api/offer"), 405, "use POST for /api/offer"));
            c.join(LiveClassroom.CODE, "<b>Bob</b> & co");
            awaitMove(c);
            errors.add(expect(c.offer("{\"share\":\"lots\"}"), 400, "share needs a number between 30 and 70 %, not 'lots'"));
            errors.add(expect(c.offer("{\"share\":90}"), 400, "share=90 is out of range: choose between 30 and 70 %"));
            errors.add(expect(c.offer("{\"commission\":\"treaty\"}"), 400,
                    "commission has no option 'treaty'; choose one of: none, data_sharing, joint_commission"));
            errors.add(expect(c.offer("{\"dam\":1}"), 400, "no issue 'dam'; the issues are: share, commission"));
            errors.add(expect(c.post("/api/offer", "[1]"), 400, "the request body must be a JSON object"));
            errors.add(expect(c.post("/api/offer", "{}"), 400, "send the package as {\"issues\": {\"<issue id>\": value, ...}}"));
            errors.add(expect(c.vote(true), 409, "there is nothing to vote on now: make an offer"));
            errors.add(expect(c.post("/api/vote", "{\"yes\":\"maybe\"}"), 400, "send {\"yes\": true} or {\"yes\": false}"));
            for (var e : errors) {
                assertThat(e.json().size()).as(e.body()).isEqualTo(1);
                assertThat(e.body()).doesNotContain("Exception", "at org.", "jetty");
            }
            // the name is kept as given: escaping is the page's job (it writes names as text)
            assertThat(c.me().get("name").asText()).isEqualTo("<b>Bob</b> & co");
            assertThat(expect(c.offer("{\"share\":48}"), 200, null).get("notes").get(0).asText())
                    .isEqualTo("share=48 snapped to the nearest grid point 50 % (grid step 10)");
        }
    }

    @Test
    void wrongJoinCodesAreRateLimitedPerAddressAfterAClassWorthOfTypos() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient guesser = live.student();
            for (int i = 0; i < JoinLimiter.WRONG_CODE_BURST; i++) {
                expect(guesser.join("AAAA" + i, "Mallory"), 401, "that is not the join code: check it on the projector");
            }
            expect(guesser.join("AAAAAA", "Mallory"), 429,
                    "too many wrong join codes from your network: check the code and try again in a few seconds");
            // even the right code, from that address, until a token comes back
            expect(guesser.join(LiveClassroom.CODE, "Mallory"), 429, null);
            assertThat(live.classroom.students()).isZero();
        }
    }

    @Test
    void typosFromAnAddressDoNotKeepAClassmateThereOut() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient typist = live.student();
            for (int i = 0; i < 15; i++) expect(typist.join("RIVRE" + i, "Tom"), 401, null);
            assertThat(live.student().join(" river7 ", "Alice").status()).isEqualTo(200);
            assertThat(typist.join(LiveClassroom.CODE, "Tom").status()).isEqualTo(200);
            assertThat(live.classroom.students()).isEqualTo(2);
        }
    }

    @Test
    void theTeacherEndsTheClassAndLaterJoinsAreRefused() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient alice = live.student();
            alice.join(LiveClassroom.CODE, "Alice");
            awaitMove(alice);
            assertThat(live.teacher().post("/api/teacher/end", "{}").status()).isEqualTo(200);
            JsonNode end = awaitEnd(alice);
            assertThat(end.get("outcome").get("result").asText()).isEqualTo("no_agreement");
            assertThat(end.get("gone").asText()).isEqualTo("the teacher ended the class");
            expect(live.student().join(LiveClassroom.CODE, "Late"), 409, "the class has ended");
        }
    }

    @Test
    void shuttingTheClassroomDownRecordsEveryTableStillNegotiating() throws Exception {
        Path out;
        try (LiveClassroom live = LiveClassroom.river(Mode.AGENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient alice = live.student(), bob = live.student();
            alice.join(LiveClassroom.CODE, "Alice");
            bob.join(LiveClassroom.CODE, "Bob");
            awaitMove(alice);
            awaitMove(bob);
            out = live.results.dir();
        }
        List<List<String>> runs = csv(Files.readString(out.resolve("runs.csv")));
        assertThat(runs).hasSize(3);
        assertThat(cell(runs, 1, "agreement")).isEqualTo("false");
        assertThat(cell(runs, 2, "agreement")).isEqualTo("false");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"status\" : \"complete\"");
    }

    static ClassroomClient.Answer expect(ClassroomClient.Answer a, int status, String error) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        if (error != null) assertThat(a.get("error").asText()).isEqualTo(error);
        return a;
    }

    /** Waits until the teacher sees {@code n} finished tables whose results are written; returns the tables. */
    static JsonNode awaitFinishedTables(LiveClassroom live, int n) throws Exception {
        ClassroomClient teacher = live.teacher();
        JsonNode t = teacher.get("/api/teacher/tables").json();
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            long finished = 0;
            for (JsonNode table : t.get("tables")) if (table.get("status").asText().equals("finished")) finished++;
            if (finished >= n && live.results.records().size() >= n) return t;
            t = teacher.get("/api/teacher/tables?after=" + t.get("version").asLong()).json();
        }
        throw new AssertionError("fewer than " + n + " finished tables: " + t);
    }

    static List<List<String>> csv(String text) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            for (List<String> row = r.next(); row != null; row = r.next()) rows.add(row);
        }
        return rows;
    }

    static String cell(List<List<String>> rows, int row, String column) {
        return rows.get(row).get(rows.get(0).indexOf(column));
    }
}

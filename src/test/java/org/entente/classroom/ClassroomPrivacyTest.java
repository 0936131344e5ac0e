package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.PartyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No student ever receives another party's private data: two students play two tables (one deal
 * vetoed at home, one ratified) through every student endpoint, and every JSON each received is
 * searched for the other party's reservation, officials (ids, titles, thresholds) and utilities.
 */
class ClassroomPrivacyTest {
    @TempDir
    Path dir;

    /** What a party knows that its counterpart must not learn. */
    record Secrets(Set<String> names, Set<Double> numbers) {
    }

    static Secrets secrets(Game game, String party) {
        PartyModel p = game.party(party);
        Set<String> names = new HashSet<>();
        Set<Double> numbers = new HashSet<>(List.of(p.reservation()));
        for (OfficialModel o : p.officials()) {
            names.add(o.id());
            names.add(o.title());
            numbers.add(o.reservation());
        }
        for (Offer o : offers(game)) {
            numbers.add(p.utility().of(o));
            for (OfficialModel m : p.officials()) numbers.add(m.utility().of(o));
        }
        return new Secrets(names, numbers);
    }

    static List<Offer> offers(Game game) {
        List<Offer> all = new java.util.ArrayList<>();
        for (int a = 0; a < game.space().size(0); a++) {
            for (int b = 0; b < game.space().size(1); b++) all.add(new Offer(a, b));
        }
        return all;
    }

    /** Every number and text (keys included) in an answer. */
    static void walk(JsonNode n, Set<Double> numbers, Set<String> texts) {
        if (n == null) return;
        if (n.isNumber()) numbers.add(n.asDouble());
        if (n.isTextual()) texts.add(n.asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            texts.add(e.getKey());
            walk(e.getValue(), numbers, texts);
        }
        if (n.isArray()) for (JsonNode c : n) walk(c, numbers, texts);
    }

    @Test
    void noStudentReceivesTheOtherPartysPreferencesReservationOrOfficials() throws Exception {
        try (LiveClassroom live = LiveClassroom.river(Mode.STUDENTS, Duration.ofMinutes(1), dir)) {
            ClassroomClient up = live.student(), down = live.student();
            up.join(LiveClassroom.CODE, "Ursula");
            up.me();
            down.join(LiveClassroom.CODE, "Dmitri");
            ClassroomApiTest.awaitMove(up);
            up.post("/api/appraise", "{\"issues\":{\"share\":40}}");
            up.offer("{\"share\":30,\"commission\":\"none\"}");
            JsonNode d = ClassroomApiTest.awaitMove(down);
            down.post("/api/appraise", "{\"issues\":{\"share\":70}}");
            down.vote(true);
            // downstream accepts upstream's ideal; its parliament would veto: go ahead anyway
            JsonNode confirm = down.accept().json();
            assertThat(confirm.get("prompt").get("kind").asText()).isEqualTo("confirm");
            JsonNode end = down.vote(true).json();
            assertThat(end.get("outcome").get("result").asText()).isEqualTo("not_ratified");
            ClassroomApiTest.awaitEnd(up);
            assertThat(d.get("prompt").get("kind").asText()).isEqualTo("turn");

            // a second table: the same two seats, a deal both sides ratify
            ClassroomClient up2 = live.student(), down2 = live.student();
            up2.join(LiveClassroom.CODE, "Uma");
            down2.join(LiveClassroom.CODE, "Dara");
            ClassroomApiTest.awaitMove(up2);
            up2.offer("{\"share\":50,\"commission\":\"data_sharing\"}");
            ClassroomApiTest.awaitMove(down2);
            assertThat(down2.accept().get("outcome").get("result").asText()).isEqualTo("agreement");
            ClassroomApiTest.awaitEnd(up2);
            down2.post("/api/walk", "{}");
            down2.offer("{\"share\":50}");

            Game game = live.classroom.world().game();
            check("upstream", List.of(up, up2), secrets(game, "downstream"), secrets(game, "upstream"));
            check("downstream", List.of(down, down2), secrets(game, "upstream"), secrets(game, "downstream"));

            // the teacher, by contrast, sees everything: the check above could have failed
            JsonNode teacher = live.teacher().get("/api/teacher/tables").json();
            Set<Double> numbers = new HashSet<>();
            Set<String> texts = new HashSet<>();
            walk(teacher, numbers, texts);
            assertThat(texts).contains("senate", "parliament", "Upstream Senate");
            assertThat(numbers).contains(0.17, 0.35);
        }
    }

    private void check(String party, List<ClassroomClient> students, Secrets other, Secrets own) {
        Set<Double> forbidden = new HashSet<>(other.numbers());
        forbidden.removeAll(own.numbers());
        forbidden.remove(0.0);
        forbidden.remove(1.0);
        Set<String> forbiddenNames = new HashSet<>(other.names());
        forbiddenNames.removeAll(own.names());
        assertThat(forbidden).as("the other party has numbers of its own to hide").isNotEmpty();
        int answers = 0;
        for (ClassroomClient c : students) {
            for (ClassroomClient.Answer a : c.seen()) {
                answers++;
                Set<Double> numbers = new HashSet<>();
                Set<String> texts = new HashSet<>();
                walk(a.json(), numbers, texts);
                // numbers this student can explain from its own brief (weights, interests, powers, scores)
                numbers.removeIf(x -> ownBrief(c).contains(x));
                assertThat(numbers).as(party + " got %s", a.body()).doesNotContainAnyElementsOf(forbidden);
                assertThat(texts).as(party + " got %s", a.body()).doesNotContainAnyElementsOf(forbiddenNames);
                for (String title : forbiddenNames) {
                    if (title.contains(" ")) assertThat(a.body()).as(party + " got an official's title").doesNotContain(title);
                }
            }
        }
        assertThat(answers).isGreaterThan(10);
    }

    private final Map<ClassroomClient, Set<Double>> briefs = new java.util.HashMap<>();

    /** The numbers of the student's own brief (their party's own data), read from their first full state. */
    private Set<Double> ownBrief(ClassroomClient c) {
        return briefs.computeIfAbsent(c, k -> {
            Set<Double> numbers = new HashSet<>();
            for (ClassroomClient.Answer a : k.seen()) {
                if (a.json() == null || !a.json().has("officials")) continue;
                for (String field : List.of("officials", "preferences", "issues", "reservation", "discount", "ratification")) {
                    walk(a.json().get(field), numbers, new HashSet<>());
                }
                break;
            }
            return numbers;
        });
    }
}

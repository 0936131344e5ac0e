package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.teaching.ServiceFactory;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The classroom's load benchmark (docs/performance.md): a class of TABLES × 2 students, paired at
 * tables on the JADE agents and served on a loopback port, students arriving every STAGGER
 * milliseconds (a class walking in; 0: all at once), each a client of the JSON API that plays like the page (appraise the package, then offer it; accept from round ACCEPT on;
 * answer a confirmation), all at once. Reports each kind of action's latency (50th, 95th, 99th
 * percentile, max); waiting for one's turn (long polling) is not an action, and a join (which, for
 * the second student of a table, starts the table's agents) is reported apart. A standalone program,
 * not a test: {@code java -cp ... org.entente.classroom.ClassroomBenchmark [CONFIG] [TABLES] [ACCEPT] [STAGGER]}.
 */
public final class ClassroomBenchmark {
    private static final String CODE = "BENCH1";
    private static final String TEACHER = "teacher-token-for-the-benchmark-0123";

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    private final int acceptFrom;

    private ClassroomBenchmark(int acceptFrom) {
        this.acceptFrom = acceptFrom;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "configs/china-lesotho.yaml");
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int acceptFrom = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        long stagger = args.length > 3 ? Long.parseLong(args[3]) : 250;
        Config config = ConfigLoader.load(file);
        Path out = Files.createTempDirectory("classroom-bench");
        ClassroomSettings s = new ClassroomSettings(config, Mode.STUDENTS, config.scenario().partyIds().get(0),
                config.experiment().seed(), Duration.ofMinutes(2), Duration.ofMinutes(10), 0, CODE, TEACHER,
                out.resolve("class"));
        List<String> log = new CopyOnWriteArrayList<>();
        ServiceFactory jade = (c, overrides) -> new JadeNegotiationService(c,
                new JadeOptions(1, 1, Duration.ofMinutes(11), false, overrides));
        Classroom classroom = new Classroom(s, jade, log::add);
        ClassResults results = new ClassResults(classroom, s.out(), List.of("entente", "classroom", "bench"), log::add);
        ClassDebrief debrief = ClassDebrief.start(classroom, results, jade, List.of(), log::add);
        ClassroomServer server = ClassroomServer.start(classroom, results, debrief, "127.0.0.1", 0, log::add);
        URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
        ClassroomBenchmark bench = new ClassroomBenchmark(acceptFrom);
        long start = System.nanoTime();
        ExecutorService students = Executors.newFixedThreadPool(2 * tables);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * tables; i++) {
                String name = "Student " + (i + 1);
                long arrival = i * stagger;
                done.add(students.submit(() -> {
                    Thread.sleep(arrival);
                    bench.play(new ClassroomClient(base), name);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            students.shutdownNow();
            server.close();
            debrief.close();
            classroom.close();
            results.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s, %d tables (%d students, one every %d ms), %s, accepting from round %d: %.1f s, load average %s%n",
                config.scenario().name(), tables, 2 * tables, stagger, config.experiment().protocol().id(), acceptFrom, seconds,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.println("outcomes: " + new TreeMap<>(bench.outcomes));
        bench.report();
    }

    /** One student: joins, then acts whenever asked until the table is over. */
    private void play(ClassroomClient c, String name) throws Exception {
        ClassroomClient.Answer joined = timed("join", () -> c.join(CODE, name));
        if (joined.status() != 200) throw new IllegalStateException(name + " could not join: " + joined.body());
        JsonNode state = timed("me", c::me).json();
        while (!state.path("status").asText().equals("finished")) {
            JsonNode prompt = state.get("prompt");
            if (prompt == null || prompt.isNull()) {
                state = c.get("/api/me?after=" + state.path("version").asLong()).json();
                continue;
            }
            ClassroomClient.Answer a = switch (prompt.path("kind").asText()) {
                case "confirm" -> timed("vote", () -> c.vote(true));
                case "vote", "final_vote" -> timed("vote", () -> c.vote(prompt.path("round").asInt() >= acceptFrom));
                default -> {
                    timed("appraise", () -> c.post("/api/appraise", "{\"issues\":{}}"));
                    boolean accept = prompt.path("round").asInt() >= acceptFrom && prompt.path("offers").size() > 0
                            && !prompt.path("kind").asText().equals("counter");
                    yield accept ? timed("accept", c::accept) : timed("offer", () -> c.offer("{}"));
                }
            };
            if (a.status() != 200) throw new IllegalStateException(name + ": " + a.status() + " " + a.body());
            state = a.json();
        }
        outcomes.merge(state.path("outcome").path("result").asText(), 1, Integer::sum);
    }

    private interface Call {
        ClassroomClient.Answer run() throws Exception;
    }

    private ClassroomClient.Answer timed(String kind, Call call) throws Exception {
        long t0 = System.nanoTime();
        ClassroomClient.Answer a = call.run();
        nanos.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
        return a;
    }

    private void report() {
        System.out.printf("%-12s %7s %8s %8s %8s %8s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Long> moves = new ArrayList<>();
        for (var e : new TreeMap<>(nanos).entrySet()) {
            if (!e.getKey().equals("join")) moves.addAll(e.getValue());
            row(e.getKey(), e.getValue());
        }
        row("all but join", moves);
    }

    private static void row(String kind, List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        System.out.printf("%-12s %7d %8.1f %8.1f %8.1f %8.1f%n", kind, v.size(), quantile(v, 0.50), quantile(v, 0.95),
                quantile(v, 0.99), v.get(v.size() - 1) / 1e6);
    }

    /** The nearest-rank quantile, in milliseconds. */
    private static double quantile(List<Long> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}

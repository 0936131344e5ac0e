package org.entente.classroom;

import org.entente.HangGuard;
import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.teaching.ServiceFactory;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A classroom served on a free loopback port for tests, negotiating on the real JADE agents (one
 * set per table, as the command runs it), its results written to {@code out}.
 */
final class LiveClassroom implements AutoCloseable {
    static final String CODE = "RIVER7";
    static final String TEACHER = "teacher-token-for-tests-0123456789";
    /** Agent-only runs for the debrief's cloud. */
    static final int CLOUD = 20;

    final Classroom classroom;
    final ClassResults results;
    final ClassDebrief debrief;
    final ClassroomServer server;
    final List<String> log = new CopyOnWriteArrayList<>();

    LiveClassroom(Config config, Mode mode, String seat, Duration moveTimeout, int cloud, Path out) throws Exception {
        ClassroomSettings s = new ClassroomSettings(config, mode, seat, config.experiment().seed(), moveTimeout,
                Duration.ofMinutes(10), cloud, CODE, TEACHER, out);
        classroom = new Classroom(s, jade(), log::add);
        results = new ClassResults(classroom, out, List.of("entente", "classroom", "test"), log::add);
        debrief = ClassDebrief.start(classroom, results, jade(), List.of("entente", "classroom", "test"), log::add);
        server = ClassroomServer.start(classroom, results, debrief, "127.0.0.1", 0, log::add);
    }

    /**
     * The river scenario (downstream is the students' seat against the agents), results in
     * {@code dir}/class; no agent-only runs for the debrief.
     */
    static LiveClassroom river(Mode mode, Duration moveTimeout, Path dir) throws Exception {
        return new LiveClassroom(river(), mode, "downstream", moveTimeout, 0, dir.resolve("class"));
    }

    /** As {@link #river}, with {@link #CLOUD} agent-only runs for the debrief. */
    static LiveClassroom riverWithCloud(Mode mode, Duration moveTimeout, Path dir) throws Exception {
        return new LiveClassroom(river(), mode, "downstream", moveTimeout, CLOUD, dir.resolve("class"));
    }

    static Config river() throws Exception {
        return ConfigLoader.load(Path.of(LiveClassroom.class.getResource("/classroom/river.yaml").toURI()));
    }

    static ServiceFactory jade() {
        return (config, overrides) -> new JadeNegotiationService(config,
                new JadeOptions(1, overrides.isEmpty() ? 8 : 1, HangGuard.LIMIT, false, overrides));
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    ClassroomClient student() {
        return new ClassroomClient(base());
    }

    ClassroomClient teacher() {
        ClassroomClient c = new ClassroomClient(base());
        c.token = TEACHER;
        return c;
    }

    @Override
    public void close() {
        server.close();
        debrief.close();
        classroom.close();
        results.finish();
    }
}

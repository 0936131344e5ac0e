package org.entente.cli;

import org.entente.classroom.ClassDebrief;
import org.entente.classroom.ClassResults;
import org.entente.classroom.Classroom;
import org.entente.classroom.ClassroomServer;
import org.entente.classroom.ClassroomSettings;
import org.entente.classroom.Mode;
import org.entente.config.ConfigException;
import org.entente.model.Config;
import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputDirectoryRule;
import org.entente.teaching.ServiceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code entente classroom FILE}: serves the classroom in the browser (docs/classroom.md, docs/teaching.md): students
 * join with a code and negotiate on the JADE agents, the teacher watches every table and debriefs.
 * Runs until Ctrl-C, which ends the class and completes its results directory.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the classroom in the browser: students join with a code and negotiate (against the "
                + "agents or each other) on the JADE agents; the teacher watches every table live and debriefs.",
                "Runs until Ctrl-C, which ends the class; the class's results directory is charted by entente report."})
public final class ClassroomCommand extends Subcommand {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Mixin StudentScenario file;

    @Mixin ClassroomAddress address;

    @Mixin ClassroomKeys keys;

    @Option(names = "--mode", paramLabel = "M", defaultValue = "agents",
            description = "agents (each student against the agents, default) or students (students paired at tables)")
    String mode;

    @Option(names = "--as", paramLabel = "PARTY", description = "the party students play in agents mode (default: the last party)")
    String party;

    @Mixin MasterSeed seed;

    @Option(names = "--move-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "a student who makes no move for this long walks away (default ${DEFAULT-VALUE})")
    int moveTimeout;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "30",
            description = "time for each table's negotiation, from its start (default ${DEFAULT-VALUE})")
    int minutes;

    @Mixin MonteCarloRuns cloud;

    @Mixin OutDirectory out;

    @Mixin ForceOption force;

    @Mixin DebugOption.Hidden debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = out();
        ClassroomSettings settings = settings();
        Path dir = settings.out();
        OutputDirectoryRule.requireNewOrEmptyOrForce(dir, force.force);
        Consumer<String> log = line -> {
            synchronized (stdout) {
                stdout.println(LocalTime.now().format(CLOCK) + "  " + line);
                stdout.flush();
            }
        };
        List<String> argv = argv();
        ServiceFactory agents = StudentScenario.agents(settings.tableTime().plusMinutes(1));
        Classroom classroom = new Classroom(settings, agents, log);
        ClassResults results;
        try {
            results = new ClassResults(classroom, dir, argv, log);
        } catch (IOException e) {
            classroom.close();
            throw new Main.UserError("cannot write the class's results to " + dir + ": " + e.getMessage());
        } catch (OutputDirectoryException e) {
            classroom.close();
            throw e;
        }
        ClassDebrief debrief = ClassDebrief.start(classroom, results, agents, argv, log);
        ClassroomServer server;
        try {
            server = ClassroomServer.start(classroom, results, debrief, address.bind, address.port, log);
        } catch (IOException e) {
            debrief.close();
            classroom.close();
            results.abandon();
            throw new Main.UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            debrief.close();
            classroom.close();
            results.finish();
            log.accept("classroom closed; the class's results: " + dir + " (chart them: ./entente report " + dir + ")");
            stopped.countDown();
        }, "entente-classroom-stop"));
        stdout.println(banner(settings, server.port(), dir));
        stdout.flush();
        stopped.await();
        return Main.OK;
    }

    private ClassroomSettings settings() throws IOException, ConfigException {
        address.check();
        if (moveTimeout < 10) throw new Main.UserError("--move-timeout must be at least 10 seconds, not " + moveTimeout);
        if (minutes < 1) throw new Main.UserError("--minutes must be at least 1, not " + minutes);
        cloud.check();
        Mode m = Mode.find(mode).orElseThrow(() -> new Main.UserError("--mode is agents or students, not '" + mode + "'"));
        Config config = file.load();
        List<String> parties = config.scenario().partyIds();
        String seat = file.seat(config, party != null ? party : parties.get(parties.size() - 1));
        String joinCode = keys.joinCode();
        Path dir = out.dir();
        return new ClassroomSettings(config, m, seat, seed.of(config.experiment()),
                Duration.ofSeconds(moveTimeout), Duration.ofMinutes(minutes), cloud.runs, joinCode, keys.teacherToken(), dir);
    }

    private String banner(ClassroomSettings s, int actualPort, Path dir) {
        List<String> hosts = address.hosts();
        StringBuilder b = new StringBuilder();
        var e = s.config().experiment();
        b.append("Entente classroom: ").append(s.config().scenario().name()).append(" (").append(e.protocol().id())
                .append(", deadline ").append(e.deadline()).append(" rounds; ")
                .append(s.mode() == Mode.AGENTS ? "students play " + s.seat() + " against the agents"
                        : "students are paired at tables").append(")\n");
        b.append("Join code:  ").append(s.code()).append('\n');
        for (String h : hosts) {
            b.append("Students:   http://").append(h).append(':').append(actualPort).append("/?code=").append(s.code()).append('\n');
        }
        b.append("Teacher:    http://").append(hosts.get(0)).append(':').append(actualPort).append("/teacher#token=")
                .append(s.teacherToken()).append('\n');
        if (address.loopback()) {
            b.append("Listening on this machine only; for students on other devices add --bind 0.0.0.0 (a classroom network).\n");
        }
        b.append("Results:    ").append(dir).append(" (chart the class: ./entente report ").append(dir).append(")\n");
        b.append("Ctrl-C ends the class.");
        return b.toString();
    }
}

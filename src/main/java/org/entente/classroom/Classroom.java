package org.entente.classroom;

import org.entente.evaluation.Evaluator;
import org.entente.evaluation.RunRecord;
import org.entente.model.Seeds;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.teaching.ServiceFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One class: who joined (by token), the tables and how students are seated at them, the join code
 * and the teacher's token. Every table plays the same game, run 0 of the class's seed (as
 * {@code play} does), so results compare across tables. Thread-safe; the HTTP layer calls it.
 */
public final class Classroom implements AutoCloseable {
    /** Most students one class takes (a bound on memory and agents, far above a lecture hall). */
    static final int MAX_STUDENTS = 500;
    private static final int MAX_NAME = 40;

    private final ClassroomSettings settings;
    private final RunWorld world;
    private final Evaluator evaluator;
    private final ServiceFactory factory;
    private final List<String> parties;
    private final ExecutorService executor;
    private final Signal signal = new Signal();
    private final JoinLimiter limiter = new JoinLimiter(System::nanoTime);
    private final Map<String, Seat> byToken = new ConcurrentHashMap<>();
    private final List<ClassTable> tables = new ArrayList<>();
    private final List<Consumer<ClassTable>> finishedListeners = new ArrayList<>();
    private final Consumer<String> log;
    private Mode mode;
    private ClassTable filling;
    private int students;
    private boolean ended;

    /**
     * @param factory opens the agents a table negotiates on (JADE in the command; its overrides seat the students)
     * @param log     one line per event worth telling the teacher's terminal
     */
    public Classroom(ClassroomSettings settings, ServiceFactory factory, Consumer<String> log) {
        this.settings = settings;
        this.factory = factory;
        this.log = log;
        this.mode = settings.mode();
        this.world = RunWorld.build(settings.config(), Map.of(), Seeds.run(settings.seed(), 0));
        this.evaluator = new Evaluator(settings.config());
        this.parties = settings.config().scenario().partyIds();
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "classroom-table-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A fresh random join code (letters and digits a student can type on a phone). */
    public static String randomCode() {
        return Tokens.joinCode();
    }

    /** A fresh random bearer token (the teacher's, when none is given). */
    public static String randomToken() {
        return Tokens.secret();
    }

    public ClassroomSettings settings() {
        return settings;
    }

    /** The game every table plays (true utilities of run 0 of the class's seed). */
    public RunWorld world() {
        return world;
    }

    /** Evaluates a run of the class's scenario (utilities, implementation) as {@code run} does. */
    RunRecord evaluate(RunOutcome outcome) {
        return evaluator.evaluate(outcome);
    }

    Signal signal() {
        return signal;
    }

    /** Something the teacher's pages show changed (e.g. the agents' runs for the debrief progressed). */
    void changed() {
        signal.bump();
    }

    /** Calls {@code listener} with each table once it is over (its agents gone). */
    public synchronized void onFinished(Consumer<ClassTable> listener) {
        finishedListeners.add(listener);
    }

    public synchronized Mode mode() {
        return mode;
    }

    /** Changes how students who join from now on are seated. */
    synchronized void mode(Mode m) {
        mode = m;
        log.accept("students who join now are seated " + (m == Mode.AGENTS ? "against the agents" : "with each other"));
        signal.bump();
    }

    synchronized List<ClassTable> tables() {
        return List.copyOf(tables);
    }

    /** The table numbered {@code number} (tables are numbered from 1 as they open; a record's run id is its table's number). */
    synchronized ClassTable table(long number) {
        return tables.get(Math.toIntExact(number) - 1);
    }

    synchronized int students() {
        return students;
    }

    /** The seat of the student holding {@code token}, or null. */
    Seat student(String token) {
        return token == null ? null : byToken.get(token);
    }

    boolean isTeacher(String token) {
        return Tokens.same(token, settings.teacherToken());
    }

    /** A student joins with the class's code: seated at once (against the agents or at the table being filled). */
    Seat join(String code, String rawName, String address) throws ApiError {
        boolean rightCode = Tokens.same(Tokens.normaliseCode(code), settings.code());
        limiter.attempt(address, rightCode);
        if (!rightCode) {
            throw ApiError.unauthorized("that is not the join code: check it on the projector");
        }
        String name = name(rawName);
        Seat seat;
        ClassTable toStart = null;
        synchronized (this) {
            if (ended) throw ApiError.conflict("the class has ended");
            if (students >= MAX_STUDENTS) throw ApiError.conflict("the class is full (" + MAX_STUDENTS + " students)");
            Student s = new Student(++students, name, Tokens.secret());
            if (mode == Mode.AGENTS) {
                ClassTable t = newTable();
                seat = t.seat(settings.seat());
                seat.seat(s);
                toStart = t;
            } else {
                if (filling == null || filling.emptySeat() == null || filling.status() != ClassTable.Status.WAITING) {
                    filling = newTable();
                }
                seat = filling.emptySeat();
                seat.seat(s);
                if (filling.emptySeat() == null) toStart = filling;
            }
            byToken.put(s.token(), seat);
            log.accept(name + " joined: table " + seat.table().number() + ", " + seat.party());
            signal.bump();
        }
        if (toStart != null) start(toStart);
        return seat;
    }

    /** Starts every table still waiting for students, the agents taking the empty seats. */
    void startWaiting() {
        List<ClassTable> waiting = new ArrayList<>();
        synchronized (this) {
            for (ClassTable t : tables) if (t.status() == ClassTable.Status.WAITING && t.hasStudents()) waiting.add(t);
            if (waiting.contains(filling)) filling = null;
        }
        for (ClassTable t : waiting) {
            log.accept("table " + t.number() + " starts with the agents in its empty seats");
            start(t);
        }
    }

    /** Ends the class: no more joins, and every table ends now (students still negotiating walk away). */
    void end(String reason) {
        List<ClassTable> all;
        synchronized (this) {
            ended = true;
            all = List.copyOf(tables);
        }
        for (ClassTable t : all) t.end(reason);
        log.accept("the class has ended: " + reason);
        signal.bump();
    }

    synchronized boolean ended() {
        return ended;
    }

    private ClassTable newTable() {
        ClassTable t = new ClassTable(tables.size() + 1, parties, settings.moveTimeout(), signal::bump);
        tables.add(t);
        return t;
    }

    private void start(ClassTable t) {
        RunRequest request = new RunRequest(t.number(), 0, t.number(), world.runSeed(), Map.of(), true);
        t.start(factory, settings.config(), request, settings.tableTime(), executor, this::evaluate, this::finished);
    }

    private void finished(ClassTable t) {
        List<Consumer<ClassTable>> listeners;
        synchronized (this) {
            listeners = List.copyOf(finishedListeners);
        }
        for (Consumer<ClassTable> l : listeners) l.accept(t);
        signal.bump();
    }

    /** A student's name as given, trimmed; 1 to 40 characters, no control characters. */
    static String name(String raw) throws ApiError {
        String n = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        int length = n.codePointCount(0, n.length());
        if (length == 0 || length > MAX_NAME) {
            throw ApiError.badInput("give a name of 1 to " + MAX_NAME + " characters");
        }
        if (n.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE)) {
            throw ApiError.badInput("a name cannot contain control or invisible characters");
        }
        return n;
    }

    /** Ends every table, waits (10 s at most) until each has passed on its record, and stops the class's threads. */
    @Override
    public void close() {
        if (!ended()) end("the classroom was shut down");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            while (!tables().stream().allMatch(ClassTable::reported) && System.nanoTime() < until) Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

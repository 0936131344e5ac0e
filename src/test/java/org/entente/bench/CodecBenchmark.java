package org.entente.bench;

import org.entente.agents.ContentCodec;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The ACL content codec: a CFP (turn) and a head's answer, encoded and decoded (two per round of a run). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    private Request turn;
    private ContentCodec.Answer answer;
    private String turnText;
    private String answerText;
    private String setupText;

    @Setup
    public void setUp() {
        Offer o = new Offer(new int[]{3, 1, 2, 2, 4, 1, 2, 3, 1});
        turn = new Request.Turn(17, o, "china", 0);
        answer = new ContentCodec.Answer(new Reply.Propose(new Offer(new int[]{2, 2, 2, 1, 3, 1, 2, 1, 2})), List.of(), 0);
        turnText = ContentCodec.encode(turn);
        answerText = ContentCodec.encode(answer);
        setupText = ContentCodec.encode(new ContentCodec.Setup(-4362323188213124817L, Map.of(), false));
    }

    @Benchmark
    public String encodeTurn() {
        return ContentCodec.encode(turn);
    }

    @Benchmark
    public Object decodeTurn() {
        return ContentCodec.decodeRequest(turnText);
    }

    @Benchmark
    public String encodeAnswer() {
        return ContentCodec.encode(answer);
    }

    @Benchmark
    public Object decodeAnswer() {
        return ContentCodec.decodeAnswer(answerText);
    }

    @Benchmark
    public Object decodeSetup() {
        return ContentCodec.decodeSetup(setupText);
    }
}

package org.entente.bench;

import org.entente.agents.ContentCodec;
import org.entente.agents.Move;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Vote;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ACL content codec on a run's hot path: a head's move to the other head, encoded and decoded
 * (once per round), a head's report of its 25 moves to the chair (once per head and run), and the
 * run setup (once per agent and run).
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark extends JmhDefaults {
    private List<Move> move;
    private ContentCodec.Report report;
    private String moveText;
    private String reportText;
    private String setupText;

    @Setup
    public void setUp() {
        Offer o = new Offer(new int[]{2, 2, 2, 1, 3, 1, 2, 1, 2});
        move = List.of(new Move.Answered(17, "lesotho", new HeadStep.Answer(new Reply.Propose(o), List.of())));
        List<Move> moves = new ArrayList<>();
        for (int k = 1; k < 50; k += 2) {
            moves.add(new Move.Answered(k, "lesotho", new HeadStep.Answer(new Reply.Propose(o.with(0, k % 5)), List.of())));
        }
        report = new ContentCodec.Report(27, List.of(new Vote("lesotho", "pm", true, 0.6123456789012345),
                new Vote("lesotho", "trade", true, 0.7), new Vote("lesotho", "parliament", false, 0.3)), moves);
        moveText = ContentCodec.moves(move);
        reportText = ContentCodec.encode(report);
        setupText = ContentCodec.encode(new ContentCodec.Setup(-4362323188213124817L, Map.of(), false));
    }

    @Benchmark
    public String encodeMove() {
        return ContentCodec.moves(move);
    }

    @Benchmark
    public Object decodeMove() {
        return ContentCodec.decodeMoves(moveText);
    }

    @Benchmark
    public String encodeReport() {
        return ContentCodec.encode(report);
    }

    @Benchmark
    public Object decodeReport() {
        return ContentCodec.decodeReport(reportText, "lesotho");
    }

    @Benchmark
    public Object decodeSetup() {
        return ContentCodec.decodeSetup(setupText);
    }
}

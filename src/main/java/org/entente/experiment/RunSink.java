package org.entente.experiment;

import org.entente.evaluation.RunRecord;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where the runner delivers evaluated runs: each is encoded (on any thread, several at once), then
 * written (one at a time, in run_id order). {@code E} is the encoded form (e.g. CSV lines).
 */
public interface RunSink<E> {
    E encode(RunRecord record);

    void write(E encoded) throws IOException;

    /** This sink, showing every record to {@code observer} first (on the encoding threads). */
    default RunSink<E> peek(Consumer<RunRecord> observer) {
        RunSink<E> sink = this;
        return new RunSink<>() {
            @Override
            public E encode(RunRecord record) {
                observer.accept(record);
                return sink.encode(record);
            }

            @Override
            public void write(E encoded) throws IOException {
                sink.write(encoded);
            }
        };
    }
}

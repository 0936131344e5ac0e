package org.entente.experiment;

import java.io.IOException;

/** Where the runner delivers formatted runs, one at a time, in run_id order. */
@FunctionalInterface
public interface RunSink<R> {
    void write(R record) throws IOException;
}

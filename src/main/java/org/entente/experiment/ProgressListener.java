package org.entente.experiment;

/** Told after each run is written: how many of this invocation's runs are done, out of how many. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void update(long done, long total);
}

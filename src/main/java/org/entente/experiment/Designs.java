package org.entente.experiment;

import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.Seeds;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The design points of an experiment: a tournament's pairings ({@link TournamentDesign}), or the
 * sweep's points. Without either there is one point (0, no assignments).
 * Random designs (and the Saltelli design's shift) draw from the stream "design" of the master
 * seed's run -1, so the points depend on the master seed alone.
 */
public final class Designs {
    /** Samples used by random designs when the sweep gives none. */
    public static final int DEFAULT_SAMPLES = 64;

    private Designs() {
    }

    public static List<DesignPoint> points(Config config) {
        if (config.experiment().tournament() != null) return TournamentDesign.points(config);
        return points(config.experiment());
    }

    /** The sweep's design points. */
    public static List<DesignPoint> points(Experiment experiment) {
        Experiment.Sweep sweep = experiment.sweep();
        if (sweep == null || sweep.parameters().isEmpty()) return List.of(new DesignPoint(0, Map.of()));
        List<SweepAxis> axes = sweep.parameters().stream().map(SweepAxis::of).toList();
        return design(sweep, experiment.seed()).points(axes);
    }

    static SweepDesign design(Experiment.Sweep sweep, long masterSeed) {
        int samples = sweep.samples() > 0 ? sweep.samples() : DEFAULT_SAMPLES;
        SplittableRandom stream = Seeds.random(Seeds.run(masterSeed, -1), "design");
        return switch (sweep.design()) {
            case GRID -> new GridDesign();
            case RANDOM -> new RandomDesign(samples, stream);
            case LATIN_HYPERCUBE -> new LatinHypercubeDesign(samples, stream);
            case SOBOL -> new SobolDesign(samples);
            case SALTELLI -> new SaltelliDesign(samples, stream);
            case MORRIS -> new MorrisDesign(samples, sweep.levels(), stream);
        };
    }
}

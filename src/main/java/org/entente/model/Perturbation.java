package org.entente.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-run Monte Carlo noise ({@code experiment.noise}). With relative sd {@code interests}, every
 * official's interest weight w becomes w * max(0, 1 + sd * Z); with sd {@code reservation}, every
 * reservation (the party's and each official's) gets + sd * Z, clamped to [0, 1). Draws are taken
 * party by party, official by official, interest by interest in scenario order, then reservations,
 * from the run's "noise" stream, so they depend on (master seed, run id) alone.
 */
public final class Perturbation {
    private Perturbation() {
    }

    public static Scenario apply(Scenario s, Experiment.Noise noise, long runSeed) {
        if (noise == null || noise.isZero()) return s;
        SplittableRandom r = Seeds.random(runSeed, "noise");
        List<Party> parties = new ArrayList<>();
        for (Party p : s.parties()) {
            List<Map<String, Double>> weights = new ArrayList<>();
            for (Official o : p.officials()) {
                LinkedHashMap<String, Double> w = new LinkedHashMap<>();
                for (String d : s.interests()) {
                    Double x = o.interests().get(d);
                    if (x == null) continue;
                    double z = Seeds.gaussian(r);
                    w.put(d, noise.interests() > 0 ? x * Math.max(0.0, 1 + noise.interests() * z) : x);
                }
                // read-only as it is: the official keeps it without another copy
                weights.add(Collections2.owning(w));
            }
            double pr = p.reservation();
            if (noise.reservation() > 0) pr = clamp(pr + noise.reservation() * Seeds.gaussian(r));
            List<Official> officials = new ArrayList<>();
            for (int i = 0; i < p.officials().size(); i++) {
                Official o = p.officials().get(i);
                double or = o.reservation();
                if (noise.reservation() > 0) or = clamp(or + noise.reservation() * Seeds.gaussian(r));
                officials.add(o.withWeights(weights.get(i), or));
            }
            parties.add(p.withOfficials(pr, officials));
        }
        return s.withParties(parties);
    }

    private static double clamp(double x) {
        return Math.max(0.0, Math.min(Math.nextDown(1.0), x));
    }
}

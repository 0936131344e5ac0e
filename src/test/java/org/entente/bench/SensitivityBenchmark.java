package org.entente.bench;

import org.entente.analysis.Bootstrap;
import org.entente.analysis.SaltelliSample;
import org.entente.analysis.SobolIndex;
import org.entente.analysis.SobolIndices;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The sensitivity analysis a saltelli design writes at the end of a run: Sobol indices (S1 and ST
 * with 1,000 bootstrap resamples) of 10 outputs × 10 parameters from N = 256 base samples
 * (the target: under a second).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SensitivityBenchmark extends JmhDefaults {
    private static final int OUTPUTS = 10, PARAMETERS = 10, BASE_SAMPLES = 256;
    private final List<SaltelliSample> samples = new ArrayList<>();

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(14);
        for (int o = 0; o < OUTPUTS; o++) {
            double[] a = new double[BASE_SAMPLES], b = new double[BASE_SAMPLES];
            double[][] ab = new double[PARAMETERS][BASE_SAMPLES];
            for (int j = 0; j < BASE_SAMPLES; j++) {
                a[j] = r.nextDouble();
                b[j] = r.nextDouble();
                for (int i = 0; i < PARAMETERS; i++) ab[i][j] = r.nextBoolean() ? a[j] : r.nextDouble();
            }
            samples.add(new SaltelliSample(a, b, ab));
        }
    }

    @Benchmark
    public List<List<SobolIndex>> indicesOfTenOutputsByTenParameters() {
        List<List<SobolIndex>> out = new ArrayList<>(OUTPUTS);
        for (int o = 0; o < OUTPUTS; o++) out.add(SobolIndices.estimate(samples.get(o), new Bootstrap(Bootstrap.RESAMPLES, o)));
        return out;
    }
}

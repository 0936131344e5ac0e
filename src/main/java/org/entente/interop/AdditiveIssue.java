package org.entente.interop;

import java.math.BigDecimal;
import java.util.List;

/**
 * An issue as GENIUS and GeniusWeb domains write it: discrete values, or numbers from min to max
 * on a grid of {@code intervals} steps of {@code step} (the last grid point is max: importers cut
 * ranges to their last grid point).
 */
public sealed interface AdditiveIssue {
    String name();

    SourcePosition at();

    int size();

    record Discrete(String name, List<String> values, SourcePosition at) implements AdditiveIssue {
        public Discrete {
            values = List.copyOf(values);
        }

        public int size() {
            return values.size();
        }
    }

    record Numeric(String name, BigDecimal min, BigDecimal max, BigDecimal step, int intervals, SourcePosition at)
            implements AdditiveIssue {
        public int size() {
            return intervals + 1;
        }

        /** The grid value at index k: min + k step, and max at the last index. */
        public BigDecimal value(int k) {
            return k >= intervals ? max : min.add(step.multiply(BigDecimal.valueOf(k)));
        }
    }
}

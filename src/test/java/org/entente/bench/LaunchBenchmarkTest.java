package org.entente.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** bench's fresh JVMs: describe and its floors start, succeed and are timed. */
class LaunchBenchmarkTest {
    private static final Path DEFAULT = Path.of("configs", "china-lesotho.yaml");

    @Test
    void describeAndItsThreeFloorsRunInFreshJvms() throws Exception {
        LaunchBenchmark launches = new LaunchBenchmark();
        Measurement describe = launches.describe(DEFAULT, 2, 9, 1);
        List<Measurement> floors = launches.describeFloors(DEFAULT, 1);
        assertThat(describe.benchmark()).isEqualTo("describe");
        assertThat(floors).extracting(Measurement::benchmark).containsExactly("floor_jvm", "floor_picocli", "floor_yaml");
        assertThat(floors).allSatisfy(m -> assertThat(m.seconds()).isPositive());
        assertThat(BenchTable.csv(floors)).startsWith(String.join(",", BenchTable.COLUMNS) + "\nfloor_jvm,,,,");
    }

    @Test
    void aFloorThatCannotReadItsFileFailsTheBench() {
        LaunchBenchmark launches = new LaunchBenchmark();
        assertThatThrownBy(() -> launches.describeFloors(Path.of("no-such.yaml"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exited with 1");
    }
}

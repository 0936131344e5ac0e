package org.entente.agents;

import org.entente.HangGuard;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.model.Seeds;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped default scenario (configs/china-lesotho.yaml) negotiates on JADE under every protocol. */
class DefaultScenarioOnJadeTest {

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void chinaLesothoNegotiatesOnJadeUnderEveryProtocol(Protocol protocol) throws Exception {
        Path file = Path.of("configs/china-lesotho.yaml");
        assumeTrue(Files.exists(file), "configs/china-lesotho.yaml not present");
        Config loaded = ConfigLoader.load(file);
        Config c = loaded.withExperiment(loaded.experiment().withProtocol(protocol));
        try (JadeNegotiationService s = new JadeNegotiationService(c,
                new JadeOptions(1, 4, HangGuard.LIMIT, false, Map.of()))) {
            RunOutcome o = HangGuard.await(s.submit(new RunRequest(0, 0, 0, Seeds.run(c.experiment().seed(), 0),
                    Map.of(), true)), "outcome of the run");
            assertThat(o.failed()).as(o.error()).isFalse();
            assertThat(o.table().rounds()).isBetween(1, c.experiment().deadline());
            assertThat(o.messages()).isEqualTo(MessageCount.expected(c, o));
            if (o.agreedAtTable()) assertThat(o.ratifications()).hasSize(c.scenario().parties().size());
            else assertThat(o.ratifications()).isEmpty();
        }
    }
}

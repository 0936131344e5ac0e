package org.entente.teaching;

import org.entente.HangGuard;
import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The student plays against the real JADE agents (the platform is shared per JVM by JadePlatform). */
class JadePlayTest {
    @TempDir
    Path dir;

    static ServiceFactory jade() {
        return (config, overrides) -> new JadeNegotiationService(config,
                new JadeOptions(1, overrides.isEmpty() ? 8 : 1, HangGuard.LIMIT, false, overrides));
    }

    record Played(Debrief debrief, String screen) {
    }

    Played play(Config config, String script, int mc) throws Exception {
        StringWriter screen = new StringWriter();
        Terminal terminal = new Terminal(new StringReader(script), new PrintWriter(screen), true);
        Debrief d = new PlaySession(config, "lesotho", 3, dir, mc).play(terminal, jade());
        return new Played(d, screen.toString());
    }

    @Test
    void chinaAcceptsItsIdealButLesothosFinanceMinisterVetoesIt() throws Exception {
        Played p = play(TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10),
                "offer tariff=100 alignment=endorsement\n", 3);

        assertThat(p.debrief().outcome().failed()).as(p.debrief().outcome().error()).isFalse();
        assertThat(p.debrief().result()).isEqualTo(SessionResult.NOT_RATIFIED);
        assertThat(p.debrief().outcome().table().offer()).isEqualTo(new Offer(20, 2));
        assertThat(p.debrief().utility()).isEqualTo(0.3);
        assertThat(p.screen()).contains("but NOT RATIFIED: your own government rejected it")
                .contains("NO  finance 0.00 < 0.50 (veto)")
                .contains("Agents in your seat (3 runs, strategy boulware)");
        assertThat(p.debrief().baseline().failed()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("rounds.csv"));
        assertThat(rows).contains("0,1,lesotho,offer,100,endorsement,1,0,");
    }

    @Test
    void withdrawingFromAHardlinersOfferAndQuittingEndsWithoutAgreement() throws Exception {
        Played p = play(TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10, "hardliner"),
                "accept\nno\nquit\n", 0);

        assertThat(p.screen()).contains("china offers: tariff=100 alignment=endorsement")
                .contains("Your officials would not ratify this. Go ahead anyway (yes)")
                .contains("You withdrew. Make a counter-offer instead.");
        assertThat(p.debrief().result()).isEqualTo(SessionResult.NO_AGREEMENT);
        assertThat(p.debrief().studentWalkedAway()).isTrue();
        assertThat(p.screen()).contains("(you walked away)");
    }
}

package org.entente.teaching;

import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunWorld;
import org.entente.model.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlaySessionTest {
    @TempDir
    Path dir;

    record Played(Debrief debrief, String screen) {
    }

    /**
     * The in-process driver (the same heads and proceedings as the JADE agents), every party not
     * played by the student being a {@link FixedOpponent}.
     */
    static ServiceFactory inProcess() {
        return (config, overrides) -> {
            Map<String, Function<NegotiatorContext, Negotiator>> seats = new HashMap<>();
            for (String p : config.scenario().partyIds()) seats.put(p, overrides.getOrDefault(p, FixedOpponent::new));
            return new InProcessNegotiationService(config, seats);
        };
    }

    static Played play(Config config, String script, Path out, int mc) throws Exception {
        StringWriter screen = new StringWriter();
        Terminal console = new Terminal(new StringReader(script), new PrintWriter(screen), true);
        Debrief d = new PlaySession(config, "lesotho", 7, out, mc).play(console, inProcess());
        return new Played(d, screen.toString());
    }

    static Played play(String script, Path out) throws Exception {
        return play(TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10), script, out, 0);
    }

    @Test
    void scriptedOfferThatChinaLikesEndsInRatifiedAgreement() throws Exception {
        Played p = play("offer tariff=50 alignment=endorsement\n", dir);

        assertThat(p.debrief().result()).isEqualTo(SessionResult.AGREEMENT);
        assertThat(p.debrief().outcome().table().offer()).isEqualTo(new Offer(10, 2));
        // U(lesotho) = 0.75 (1 - 50/100) + 0.25 * 0 = 0.375
        assertThat(p.debrief().utility()).isCloseTo(0.375, within(1e-12));
        assertThat(p.screen()).contains("AGREEMENT on the offer of round 1: tariff=50 alignment=endorsement")
                .contains("Your utility (discounted to round 1): ").contains("the delay cost you 0.00")
                .contains("lesotho (you): RATIFIED (50% of power approves, 50% needed)")
                .contains("NO  prime_minister 0.25 < 0.30")
                .contains("yes finance 0.50 >= 0.50 (veto)");
    }

    @Test
    void screenShowsAgendaGovernmentAndIncomingOfferWithOfficialsReactions() throws Exception {
        Played p = play("quit\n", dir);

        assertThat(p.screen())
                .contains("tariff     Tariff on textiles: 0 to 100 % in steps of 5  [trade]")
                .contains("you: the lower the better")
                .contains("alignment  Diplomatic alignment: one of none | joint_statement | endorsement  [influence]")
                .contains("finance         Minister of Finance, power 1, VETO; cares about trade 1.00; approves at 0.50 or more")
                .contains("--- Round 1 of 10")
                .contains("china offers: tariff=60 alignment=joint_statement")
                // U(lesotho) = 0.75 * 0.4 + 0.25 * 0.6 = 0.45; finance 0.4 < 0.5 vetoes
                .contains("worth 0.45 to you; no deal: 0.30")
                .contains("NO  finance 0.40 < 0.50 (veto)")
                .contains("would NOT be ratified (50% of power approves, 50% needed; vetoed by finance)")
                .contains("by their published positions: china 0.55 (no deal 0.20)");
    }

    @Test
    void quitIsAWalkOutAndGivesTheReservation() throws Exception {
        Played p = play("quit\n", dir);

        assertThat(p.debrief().result()).isEqualTo(SessionResult.NO_AGREEMENT);
        assertThat(p.debrief().studentWalkedAway()).isTrue();
        assertThat(p.debrief().utility()).isEqualTo(0.3);
        assertThat(p.screen()).contains("*** You walked away: the talks are over, with no agreement. ***")
                .contains("NO AGREEMENT after 2 rounds played (you walked away)")
                .contains("Ratification: nothing to ratify");
    }

    @Test
    void endOfInputWalksAwayWithoutCrashing() throws Exception {
        Played p = play("", dir);

        assertThat(p.debrief().result()).isEqualTo(SessionResult.NO_AGREEMENT);
        assertThat(p.debrief().studentWalkedAway()).isTrue();
        assertThat(p.screen()).contains("(end of input)").contains("you walk away from the table");
    }

    @Test
    void holdingOutUntilTheDeadlineEndsWithoutAgreement() throws Exception {
        Played p = play("offer tariff=0 alignment=none\noffer\noffer\noffer\noffer\n", dir);

        assertThat(p.debrief().result()).isEqualTo(SessionResult.NO_AGREEMENT);
        assertThat(p.debrief().studentWalkedAway()).isFalse();
        assertThat(p.screen()).contains("NO AGREEMENT after 10 rounds played (the deadline passed)")
                .contains("no issues named: using your last offer");
    }

    @Test
    void acceptingAVetoedOfferAsksForConfirmationAndGoingAheadFailsRatification() throws Exception {
        Played p = play("accept\nyes\n", dir);

        assertThat(p.screen()).contains("Your officials would not ratify this. Go ahead anyway (yes)");
        assertThat(p.debrief().result()).isEqualTo(SessionResult.NOT_RATIFIED);
        assertThat(p.debrief().utility()).isEqualTo(0.3);
        assertThat(p.screen()).contains("but NOT RATIFIED: your own government rejected it")
                .contains("lesotho (you): REJECTED");
    }

    @Test
    void withdrawingAfterConsultationAsksForACounterOffer() throws Exception {
        Played p = play("accept\nno\naccept\noffer tar=50 al=end\n", dir);

        assertThat(p.screen()).contains("You withdrew. Make a counter-offer instead.")
                .contains("! you just withdrew your acceptance: make a counter-offer");
        assertThat(p.debrief().result()).isEqualTo(SessionResult.AGREEMENT);
        assertThat(p.debrief().outcome().table().offer()).isEqualTo(new Offer(10, 2));
    }

    @Test
    void everyKindOfMistakeIsExplainedAndThePromptRepeats() throws Exception {
        Played p = play(String.join("\n",
                "dance",
                "offer flag=red",
                "offer t=500",
                "offer tariff=lots",
                "offer alignment=treaty",
                "offer alignment=",
                "offer tariff=10 tariff=20",
                "yes",
                "keep",
                "show tariff=42",
                "help",
                "",
                "offer tariff=50 alignment=endorsement") + "\n", dir);

        assertThat(p.screen())
                .contains("! unknown command 'dance'; type 'help'")
                .contains("! no issue 'flag'; the issues are: tariff, alignment")
                .contains("! tariff=500 is out of range: choose between 0 and 100 %")
                .contains("! tariff needs a number between 0 and 100 %, not 'lots'")
                .contains("! alignment has no option 'treaty'; choose one of: none, joint_statement, endorsement")
                .contains("! 'alignment=' is not of the form issue=value")
                .contains("! issue tariff is given twice")
                .contains("! there is nothing to vote on now")
                .contains("! 'keep' is only for simultaneous offers")
                .contains("tariff=42 snapped to the nearest grid point 40 % (grid step 5)")
                .contains("Package tariff=40 alignment=none (not offered)")
                .contains("offer ISSUE=VALUE ...");
        assertThat(p.debrief().result()).isEqualTo(SessionResult.AGREEMENT);
    }

    @Test
    void acceptWithNothingOnTheTableIsRefused() throws Exception {
        Config config = TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10);
        StringWriter screen = new StringWriter();
        Terminal console = new Terminal(new StringReader("accept\nquit\n"), new PrintWriter(screen), true);
        Debrief d = new PlaySession(config, "china", 7, dir, 0).play(console, inProcess());

        assertThat(screen.toString()).contains("Nothing is on the table yet: make the first offer.")
                .contains("! there is no offer on the table to accept");
        assertThat(d.result()).isEqualTo(SessionResult.NO_AGREEMENT);
    }

    @Test
    void partialOfferIsFilledFromTheIdealAndThenFromTheLastOffer() throws Exception {
        Played p = play("offer alignment=joint\noffer tariff=50\n", dir);

        assertThat(p.screen()).contains("(from your ideal package: tariff=0)")
                .contains("You offer: tariff=0 alignment=joint_statement")
                .contains("(from your last offer: alignment=joint_statement)")
                .contains("You offer: tariff=50 alignment=joint_statement");
    }

    @Test
    void debriefComparesWithNashAndTheAgentsInTheSameSeat() throws Exception {
        Config config = TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10);
        Played p = play(config, "offer tariff=50 alignment=endorsement\n", dir, 5);

        // Nash by brute force over the grid: maximise (U_l - 0.3)(U_c - 0.2) among rational outcomes
        RunWorld world = RunWorld.build(config, Map.of(), Seeds.run(7, 0));
        PartyModel l = world.game().party("lesotho"), c = world.game().party("china");
        double best = -1, nashL = 0;
        for (int t = 0; t <= 20; t++) {
            for (int a = 0; a < 3; a++) {
                Offer o = new Offer(t, a);
                double gl = l.utility().of(o) - 0.3, gc = c.utility().of(o) - 0.2;
                if (gl >= 0 && gc >= 0 && gl * gc > best + 1e-12) {
                    best = gl * gc;
                    nashL = l.utility().of(o);
                }
            }
        }
        assertThat(p.debrief().nash().utilities()[1]).isCloseTo(nashL, within(1e-12));
        assertThat(p.screen()).contains(String.format(java.util.Locale.ROOT, "Nash bargaining solution: value %.2f for you (undiscounted)", nashL));
        // agents in lesotho's seat accept china's vetoed offer and the finance minister rejects it: 0.3 every run
        SeatBaseline b = p.debrief().baseline();
        assertThat(b.runs()).isEqualTo(5);
        assertThat(b.agreementRate()).isEqualTo(0.0);
        assertThat(b.utility().estimate()).isCloseTo(0.3, within(1e-12));
        assertThat(p.screen()).contains("Agents in your seat (5 runs, strategy boulware): mean utility (discounted) 0.30, 95% interval [0.30, 0.30], agreement in 0% of runs")
                .contains("gain over no deal (each run draws its own): you +0.08, the agents +0.00 [+0.00, +0.00]: better than the agents");
        assertThat(b.gain().estimate()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void sessionTraceIsWrittenInRoundsCsvFormat() throws Exception {
        Played p = play("offer tariff=50 alignment=endorsement\n", dir);

        List<String> lines = Files.readAllLines(dir.resolve("rounds.csv"));
        assertThat(lines.get(0)).isEqualTo("run_id,round,actor,action,issue.tariff,issue.alignment,utility.china,utility.lesotho,detail");
        assertThat(lines.get(1)).isEqualTo("0,0,china,offer,60,joint_statement,0.55,0.45,");
        assertThat(lines.get(2)).isEqualTo("0,1,lesotho,offer,50,endorsement,0.75,0.375,");
        assertThat(p.screen()).contains("Trace (rounds.csv format): " + dir.resolve("rounds.csv"));
        assertThat(Files.readString(dir.resolve("debrief.txt"))).contains("AGREEMENT on the offer of round 1");
        assertThat(p.screen()).contains("*** china ACCEPTS your offer of round 1: agreement at the table. ***")
                .containsPattern("\\*\\*\\* Ratification at home: china (ratifies|does NOT ratify), your government");
        if (p.debrief().chart() != null) {
            assertThat(Files.size(p.debrief().chart())).isPositive();
        } else {
            assertThat(p.screen()).contains("Dance chart: not drawn (");
        }
    }

    @Test
    void sameSeedAndScriptGiveTheSameScreen() throws Exception {
        Played a = play("show\noffer tariff=30\noffer tariff=50 alignment=endorsement\n", dir.resolve("a"));
        Played b = play("show\noffer tariff=30\noffer tariff=50 alignment=endorsement\n", dir.resolve("b"));
        assertThat(a.screen().replace(dir.resolve("a").toString(), "DIR"))
                .isEqualTo(b.screen().replace(dir.resolve("b").toString(), "DIR"));
    }
}

package org.entente.interop;

import org.entente.model.Party;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;

import java.util.SplittableRandom;

/**
 * The check that makes an import exact rather than approximate: the written scenario, loaded back
 * as any config is, must give every party the source's utility on every outcome (all of them up to
 * {@link #EXHAUSTIVE} outcomes, a fixed sample beyond), and the same reservation.
 */
final class ImportFidelity {
    static final double TOLERANCE = 1e-9;
    private static final int EXHAUSTIVE = 200_000;
    private static final int SAMPLE = 20_000;

    private ImportFidelity() {
    }

    /** Throws IllegalStateException (a bug in the import, not in the user's files) on any difference. */
    static void check(AdditiveScenario source, Scenario loaded) {
        Game game = Game.compile(loaded);
        int m = source.issues().size();
        if (loaded.issues().size() != m) throw mismatch("the scenario has " + loaded.issues().size() + " issues, the source " + m);
        int[] sizes = new int[m];
        for (int i = 0; i < m; i++) {
            sizes[i] = source.issues().get(i).size();
            if (loaded.issues().get(i).size() != sizes[i]) {
                throw mismatch("issue " + source.issues().get(i).name() + " has " + loaded.issues().get(i).size()
                        + " grid values in Entente, " + sizes[i] + " in the source");
            }
        }
        for (int p = 0; p < source.profiles().size(); p++) {
            AdditiveProfile profile = source.profiles().get(p);
            Party party = loaded.parties().get(p);
            if (Math.abs(party.reservation() - profile.reservation()) > TOLERANCE) {
                throw mismatch("party " + party.id() + "'s reservation is " + party.reservation() + ", the source's "
                        + profile.reservation());
            }
            compare(source, profile, game.parties().get(p), sizes);
        }
    }

    private static void compare(AdditiveScenario source, AdditiveProfile profile, PartyModel party, int[] sizes) {
        double total = 1;
        for (int s : sizes) total *= s;
        int[] x = new int[sizes.length];
        if (total <= EXHAUSTIVE) {
            while (true) {
                same(source, profile, party, x);
                int j = sizes.length - 1;
                while (j >= 0 && ++x[j] == sizes[j]) x[j--] = 0;
                if (j < 0) return;
            }
        }
        SplittableRandom rnd = new SplittableRandom(20261130L);
        for (int n = 0; n < SAMPLE; n++) {
            for (int i = 0; i < sizes.length; i++) x[i] = rnd.nextInt(sizes[i]);
            same(source, profile, party, x);
        }
    }

    private static void same(AdditiveScenario source, AdditiveProfile profile, PartyModel party, int[] x) {
        double want = source.utility(profile, x), got = party.utility().of(x);
        if (Math.abs(want - got) > TOLERANCE) {
            throw mismatch("party " + party.id() + " at outcome " + java.util.Arrays.toString(x) + ": the source gives "
                    + want + ", the written scenario " + got);
        }
    }

    private static IllegalStateException mismatch(String what) {
        return new IllegalStateException("the imported scenario would not reproduce the source exactly (" + what
                + "); this is a bug in Entente's import, please report it with the files");
    }
}

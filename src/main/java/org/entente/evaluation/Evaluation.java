package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;

import java.util.List;

/**
 * A run's evaluation in its own world: the package agreed at the table in the issues' own terms
 * ({@link PackageTerms#NONE} when none), each party's payoff (scenario order), welfare (the sum of
 * the utilities) and the Nash product (of the utilities' gains over the reservations; NaN without
 * agreement), and where the agreement's undiscounted values lie relative to the run's reference
 * points ({@link AgreementDistances#NONE} without agreement). A failed run has NaN payoffs and welfare.
 */
public record Evaluation(PackageTerms terms, List<PartyPayoff> parties, double welfare, double nashProduct,
                         AgreementDistances distances) {
    public Evaluation {
        parties = List.copyOf(parties);
    }

    public PartyPayoff party(int index) {
        return parties.get(index);
    }
}

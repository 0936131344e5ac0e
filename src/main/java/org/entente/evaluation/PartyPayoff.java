package org.entente.evaluation;

/**
 * What one party got from a run: {@code utility}, the agreement's value discounted to the round of
 * agreement, or its reservation without agreement; {@code value}, the undiscounted value of the
 * package agreed at the table (whether ratified or not). NaN where it does not apply (a failed run;
 * no package agreed at the table).
 */
public record PartyPayoff(String party, double utility, double value) {
}

package org.entente.evaluation;

import org.entente.model.Config;
import org.entente.model.TournamentSeatPath;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.outcome.YearRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run, negotiated and evaluated: what the results files are written from. The negotiation's
 * outcome as the agents reported it, the design point's config it was played under (protocol,
 * strategies), its evaluation, the implementation years (none for a failed run), their per-run
 * measures ({@code ImplementationModel.runSummary}, computed once) and the trace
 * (empty unless the run kept one). The accessors below are the one definition of what runs.csv reports.
 */
public record RunRecord(RunOutcome outcome, Config config, Evaluation evaluation, List<YearRecord> years,
                        Map<String, Double> measures, List<TraceRow> trace) {
    public RunRecord {
        years = List.copyOf(years);
        measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        trace = List.copyOf(trace);
    }

    public RunRequest request() {
        return outcome.request();
    }

    /**
     * What party {@code party} played, as the results name it: the tournament entrant seated there, else
     * its strategy's label (the preset's id, or {@code offering/acceptance/model}).
     */
    public String strategy(String party) {
        Object entrant = request().assignments().get(TournamentSeatPath.of(party).text());
        return entrant != null ? entrant.toString() : config.strategyOf(party).label();
    }

    /** The protocol's id, as configs name it. */
    public String protocol() {
        return config.experiment().protocol().id();
    }

    public long runId() {
        return outcome.request().runId();
    }

    public boolean failed() {
        return outcome.failed();
    }

    /** Why the run failed (never null for a failed run), or null when it did not. */
    public String error() {
        if (!failed()) return null;
        return outcome.error() != null ? outcome.error() : "failed";
    }

    /** Agreed at the table and ratified by every party. */
    public boolean agreement() {
        return outcome.agreement();
    }

    /** Whether every party ratified the package agreed at the table; null when none was agreed there. */
    public Boolean ratified() {
        return outcome.agreedAtTable() ? outcome.ratified() : null;
    }

    /** The parties whose officials voted down the package agreed at the table (scenario order); none otherwise. */
    public List<String> blockedBy() {
        if (!outcome.agreedAtTable()) return List.of();
        List<String> blocked = new ArrayList<>();
        for (Ratification r : outcome.ratifications()) if (!r.passed()) blocked.add(r.party());
        return List.copyOf(blocked);
    }

    /** Rounds played; null when the negotiation failed before its end. */
    public Integer rounds() {
        return outcome.table() != null ? outcome.table().rounds() : null;
    }

    /** The round t (from 0) in which the package was agreed at the table; null when none was. */
    public Integer agreementRound() {
        return outcome.agreedAtTable() ? outcome.table().round() : null;
    }

    /** The agreed value of the issue at {@code index}: "" unless the run reached an agreement. */
    public String agreedTerm(int index) {
        return agreement() ? evaluation.terms().term(index) : "";
    }
}

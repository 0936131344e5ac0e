package org.entente.results;

import org.entente.analysis.AgreementDistances;

import java.util.List;

/** Where a runs.csv header holds the agreement's distances, to read them back from each row. */
record DistanceCells(int pareto, int nash, int ks) {
    static DistanceCells of(List<String> header) {
        return new DistanceCells(header.indexOf(RunsColumns.PARETO_DISTANCE), header.indexOf(RunsColumns.NASH_DISTANCE),
                header.indexOf(RunsColumns.KS_DISTANCE));
    }

    AgreementDistances read(List<String> row) {
        return new AgreementDistances(Csv.toNumber(row.get(pareto)), Csv.toNumber(row.get(nash)),
                Csv.toNumber(row.get(ks)));
    }
}

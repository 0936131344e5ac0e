package org.entente.results;

import org.entente.evaluation.Standing;
import org.entente.evaluation.TournamentStandings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tournament.csv (compressed like runs.csv), always rebuilt from runs.csv alone (streamed and checked against the schema its
 * header names): after a run, a merge and by {@code report}, so all three give the same file. The
 * parties are the {@code strategy.<party>} columns; each names the entrant in that seat.
 */
public final class TournamentFile {
    private TournamentFile() {
    }

    /** Ranks the entrants of the directory's runs, writes tournament.csv whole and returns its rows. */
    public static List<Standing> rewrite(Path dir) throws IOException {
        Path file = ResultsFiles.existing(dir, ResultsDirectory.RUNS);
        TournamentStandings standings = new TournamentStandings();
        List<String> header;
        try (CsvReader in = CsvReader.open(file)) {
            header = in.next();
        }
        if (header != null) {
            Schema<?> schema = RunsColumns.schema(layout(header));
            try (CheckedRows runs = CheckedRows.open(file, schema, true)) {
                feed(runs, schema, RunsColumns.STRATEGY.keysIn(header), standings);
                runs.requireWhole();
            }
        }
        List<Standing> rows = standings.standings();
        ResultsFiles.writeWhole(dir, ResultsDirectory.TOURNAMENT, ResultsFiles.compressed(file),
                TournamentColumns.schema().table(rows));
        return rows;
    }

    /** The layout a runs.csv header was written with: swept columns between seed and protocol, issues, parties. */
    private static Layout layout(List<String> header) {
        int seed = header.indexOf(RunsColumns.SEED), protocol = header.indexOf(RunsColumns.PROTOCOL);
        List<String> swept = seed >= 0 && protocol > seed ? header.subList(seed + 1, protocol) : List.of();
        return new Layout(swept, RunsColumns.ISSUE.keysIn(header), RunsColumns.STRATEGY.keysIn(header));
    }

    private static void feed(CheckedRows runs, Schema<?> schema, List<String> parties, TournamentStandings standings)
            throws IOException {
        int[] seat = new int[parties.size()], utility = new int[parties.size()];
        for (int p = 0; p < seat.length; p++) {
            seat[p] = schema.index(RunsColumns.STRATEGY.of(parties.get(p)));
            utility[p] = schema.index(RunsColumns.UTILITY.of(parties.get(p)));
        }
        int status = schema.index(RunsColumns.STATUS), agreement = schema.index(RunsColumns.AGREEMENT);
        int welfare = schema.index(RunsColumns.WELFARE);
        DistanceCells distances = DistanceCells.of(schema.names());
        CheckedRows.Row r;
        while ((r = runs.next()) != null) {
            List<String> c = r.cells();
            List<String> seats = new ArrayList<>(seat.length);
            List<Double> utilities = new ArrayList<>(seat.length);
            for (int p = 0; p < seat.length; p++) {
                seats.add(c.get(seat[p]));
                utilities.add(Csv.toNumber(c.get(utility[p])));
            }
            standings.add(seats, !RunsColumns.OK.equals(c.get(status)), "true".equals(c.get(agreement)), utilities,
                    Csv.toNumber(c.get(welfare)), distances.read(c));
        }
    }
}

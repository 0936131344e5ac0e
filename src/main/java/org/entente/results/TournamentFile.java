package org.entente.results;

import org.entente.evaluation.Standing;
import org.entente.evaluation.TournamentStandings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tournament.csv, always rebuilt from runs.csv alone (streamed, cells found by column name): after a
 * run, a merge and by {@code report}, so all three give the same file. The parties are the
 * {@code strategy.<party>} columns; each names the entrant in that seat.
 */
public final class TournamentFile {
    private TournamentFile() {
    }

    /** Ranks the entrants of the directory's runs, writes tournament.csv whole and returns its rows. */
    public static List<Standing> rewrite(Path dir) throws IOException {
        TournamentStandings standings = new TournamentStandings();
        try (CsvReader runs = CsvReader.open(dir.resolve(ResultsDirectory.RUNS))) {
            List<String> header = runs.next();
            if (header != null) feed(runs, header, standings);
        }
        List<Standing> rows = standings.standings();
        AtomicFile.write(dir, ResultsDirectory.TOURNAMENT, TournamentColumns.schema().table(rows));
        return rows;
    }

    private static void feed(CsvReader runs, List<String> header, TournamentStandings standings) throws IOException {
        List<String> parties = RunsColumns.STRATEGY.keysIn(header);
        int[] seat = new int[parties.size()], utility = new int[parties.size()];
        for (int p = 0; p < seat.length; p++) {
            seat[p] = header.indexOf(RunsColumns.STRATEGY.of(parties.get(p)));
            utility[p] = header.indexOf(RunsColumns.UTILITY.of(parties.get(p)));
        }
        int status = header.indexOf(RunsColumns.STATUS), agreement = header.indexOf(RunsColumns.AGREEMENT);
        int welfare = header.indexOf(RunsColumns.WELFARE);
        DistanceCells distances = DistanceCells.of(header);
        List<String> c;
        while ((c = runs.next()) != null) {
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

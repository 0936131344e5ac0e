package org.entente.results;

import org.entente.model.Numbers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The tournament's ranking as the run and merge commands print it, read from tournament.csv. */
public final class TournamentText {
    private static final IntervalColumns U = TournamentColumns.UTILITY;

    private TournamentText() {
    }

    public static String format(Path dir) throws IOException {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("rank", "strategy", "runs", "agreement", "own utility [95% CI]", "nash distance", "welfare"));
        try (CsvReader in = CsvReader.open(ResultsFiles.existing(dir, ResultsDirectory.TOURNAMENT))) {
            List<String> h = in.next();
            List<String> r;
            while (h != null && (r = in.next()) != null) {
                table.add(List.of(cell(h, r, TournamentColumns.RANK), cell(h, r, TournamentColumns.STRATEGY),
                        cell(h, r, TournamentColumns.RUNS), number(h, r, TournamentColumns.AGREEMENT_RATE.estimate()),
                        number(h, r, U.estimate()) + " [" + number(h, r, U.lo()) + ", " + number(h, r, U.hi()) + "]",
                        number(h, r, TournamentColumns.NASH_DISTANCE), number(h, r, TournamentColumns.WELFARE)));
            }
        }
        return TextTable.format(table);
    }

    private static String cell(List<String> header, List<String> row, String column) {
        return row.get(header.indexOf(column));
    }

    /** A number cell with 3 significant digits; "-" when empty. */
    private static String number(List<String> header, List<String> row, String column) {
        double d = Csv.toNumber(cell(header, row, column));
        return Double.isNaN(d) ? "-" : Numbers.format(d, 3);
    }
}

package org.entente.results;

import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The implementation years of one design point's runs, accumulated per party, year and series
 * ({@link YearCell}); merged exactly with the same point's cells from other shards; written to and
 * read from the state file as lines ({@code c,party,year,series,} then the cell's fields). Runs are added
 * {@value #BATCH} at a time, record by record across the runs, so that a year's cells stay in the cache
 * while every run adds to them; a cell's state does not depend on the order of its values.
 */
final class PointYears {
    static final String CELL = "c";
    private static final List<String> SERIES = ImplementationModel.columns();

    private final int point;
    private final List<String> parties;
    private final TreeMap<Integer, YearCell[][]> years = new TreeMap<>();
    /** Runs added but not yet in the cells (at most {@link #BATCH}); every reader adds them first. */
    private final List<List<YearRecord>> waiting = new ArrayList<>();
    static final int BATCH = 64;

    PointYears(int point, List<String> parties) {
        this.point = point;
        this.parties = List.copyOf(parties);
    }

    int point() {
        return point;
    }

    /** Adds one run's years. */
    void add(List<YearRecord> run) {
        waiting.add(run);
        if (waiting.size() == BATCH) settle();
    }

    /** Adds the waiting runs to the cells: each run's first record, then each run's second, and so on. */
    private void settle() {
        int longest = 0;
        for (List<YearRecord> run : waiting) longest = Math.max(longest, run.size());
        for (int j = 0; j < longest; j++) {
            for (List<YearRecord> run : waiting) {
                if (j >= run.size()) continue;
                YearRecord y = run.get(j);
                YearCell[] cells = cells(y.year(), parties.indexOf(y.party()));
                if (cells == null) continue;
                for (int s = 0; s < cells.length; s++) cells[s].add(y.at(s));
            }
        }
        waiting.clear();
    }

    private YearCell[] cells(int year, int party) {
        if (party < 0) return null;
        YearCell[][] byParty = years.get(year);
        if (byParty == null) {
            byParty = new YearCell[parties.size()][SERIES.size()];
            for (YearCell[] row : byParty) for (int s = 0; s < row.length; s++) row[s] = new YearCell();
            years.put(year, byParty);
        }
        return byParty[party];
    }

    void add(PointYears other) {
        settle();
        other.settle();
        for (Map.Entry<Integer, YearCell[][]> e : other.years.entrySet()) {
            for (int p = 0; p < parties.size(); p++) {
                YearCell[] mine = cells(e.getKey(), p);
                for (int s = 0; s < mine.length; s++) mine[s].add(e.getValue()[p][s]);
            }
        }
    }

    /** Reads one cell line of the state file into this point. */
    void read(List<String> fields) {
        settle();
        int p = parties.indexOf(fields.get(1));
        int s = SERIES.indexOf(fields.get(3));
        if (p < 0 || s < 0 || fields.size() != 4 + YearCell.FIELDS) {
            throw new IllegalArgumentException("a cell of an unknown party or series, or of the wrong width");
        }
        cells(Integer.parseInt(fields.get(2)), p)[s].add(YearCell.decode(fields, 4));
    }

    /** The cells with values as state-file lines, in party, year, series order. */
    void write(StringBuilder out) {
        settle();
        for (int p = 0; p < parties.size(); p++) {
            for (Map.Entry<Integer, YearCell[][]> e : years.entrySet()) {
                YearCell[] cells = e.getValue()[p];
                for (int s = 0; s < cells.length; s++) {
                    if (cells[s].n() == 0) continue;
                    List<String> f = new ArrayList<>(List.of(CELL, parties.get(p), Integer.toString(e.getKey()), SERIES.get(s)));
                    f.addAll(cells[s].encode());
                    out.append(Csv.row(f));
                }
            }
        }
    }

    /** years_summary.csv's rows of this point, in party, year, series order. */
    List<YearsSummaryColumns.Row> rows() {
        settle();
        List<YearsSummaryColumns.Row> out = new ArrayList<>();
        for (int p = 0; p < parties.size(); p++) {
            for (Map.Entry<Integer, YearCell[][]> e : years.entrySet()) {
                YearCell[] cells = e.getValue()[p];
                for (int s = 0; s < cells.length; s++) {
                    if (cells[s].n() == 0) continue;
                    out.add(new YearsSummaryColumns.Row(point, parties.get(p), e.getKey(), SERIES.get(s), cells[s]));
                }
            }
        }
        return out;
    }
}

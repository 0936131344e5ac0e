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
 * read from the state file as lines ({@code c,party,year,series,} then the cell's fields).
 */
final class PointYears {
    static final String CELL = "c";
    private static final List<String> SERIES = ImplementationModel.columns();

    private final int point;
    private final List<String> parties;
    private final TreeMap<Integer, YearCell[][]> years = new TreeMap<>();

    PointYears(int point, List<String> parties) {
        this.point = point;
        this.parties = List.copyOf(parties);
    }

    int point() {
        return point;
    }

    /** Adds one run's years. */
    void add(List<YearRecord> run) {
        for (YearRecord y : run) {
            YearCell[] cells = cells(y.year(), parties.indexOf(y.party()));
            if (cells == null) continue;
            for (int s = 0; s < cells.length; s++) cells[s].add(y.at(s));
        }
    }

    private YearCell[] cells(int year, int party) {
        if (party < 0) return null;
        YearCell[][] byParty = years.computeIfAbsent(year, k -> {
            YearCell[][] c = new YearCell[parties.size()][SERIES.size()];
            for (YearCell[] row : c) for (int s = 0; s < row.length; s++) row[s] = new YearCell();
            return c;
        });
        return byParty[party];
    }

    void add(PointYears other) {
        for (Map.Entry<Integer, YearCell[][]> e : other.years.entrySet()) {
            for (int p = 0; p < parties.size(); p++) {
                YearCell[] mine = cells(e.getKey(), p);
                for (int s = 0; s < mine.length; s++) mine[s].add(e.getValue()[p][s]);
            }
        }
    }

    /** Reads one cell line of the state file into this point. */
    void read(List<String> fields) {
        int p = parties.indexOf(fields.get(1));
        int s = SERIES.indexOf(fields.get(3));
        if (p < 0 || s < 0 || fields.size() != 4 + YearCell.FIELDS) {
            throw new IllegalArgumentException("a cell of an unknown party or series, or of the wrong width");
        }
        cells(Integer.parseInt(fields.get(2)), p)[s].add(YearCell.decode(fields, 4));
    }

    /** The cells with values as state-file lines, in party, year, series order. */
    void write(StringBuilder out) {
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

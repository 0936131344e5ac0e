package org.entente.results;

import org.entente.analysis.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The columns of one results file, in order, each declared once as (name, how to get its cell):
 * the header and every row are written from this one list, and readers find cells by its names.
 */
public final class Schema<R> {
    private final List<Column<R>> columns;
    /** The columns again, for the rows: an array is read without a call per cell. */
    private final Column<R>[] row;
    private final List<String> names;
    private final List<CellKind> kinds;
    private final String header;

    @SuppressWarnings("unchecked") // an array of the columns just copied, all of them Column<R>
    private Schema(List<Column<R>> columns) {
        this.columns = List.copyOf(columns);
        this.row = this.columns.toArray(Column[]::new);
        this.names = columns.stream().map(Column::name).toList();
        this.kinds = columns.stream().map(Column::kind).toList();
        this.header = Csv.row(names);
    }

    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    public List<String> names() {
        return names;
    }

    /** The header line, with its {@code \n}. */
    public String header() {
        return header;
    }

    /** The position of a column in this file's rows, -1 when the file has no such column. */
    public int index(String name) {
        return names.indexOf(name);
    }

    public int width() {
        return columns.size();
    }

    /** What the cells of each column may hold, in column order. */
    public List<CellKind> kinds() {
        return kinds;
    }

    /** Appends the row of {@code value}, with its {@code \n}. */
    public void appendRow(StringBuilder b, R value) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) b.append(',');
            row[i].appendCell(b, value);
        }
        b.append('\n');
    }

    public String row(R value) {
        StringBuilder b = new StringBuilder(columns.size() * 10);
        appendRow(b, value);
        return b.toString();
    }

    /** The whole file: header, then a row per value. */
    public String table(List<R> values) {
        StringBuilder b = new StringBuilder(header);
        for (R v : values) appendRow(b, v);
        return b.toString();
    }

    /** The cell of the {@code index}-th column of a family (e.g. the utility of the index-th party). */
    @FunctionalInterface
    public interface IndexedCell<R> {
        String cell(R value, int index);
    }

    /** The number of the {@code index}-th column of a family of number columns. */
    @FunctionalInterface
    public interface IndexedNumber<R> {
        double number(R value, int index);
    }

    /** Lists the columns in file order. */
    public static final class Builder<R> {
        private final List<Column<R>> columns = new ArrayList<>();

        private Builder() {
        }

        public Builder<R> add(String name, CellKind kind, Function<R, String> cell) {
            columns.add(new Column<>(name, kind, cell));
            return this;
        }

        /** An integer column: the value in decimal. */
        public Builder<R> integer(String name, ToLongFunction<R> integer) {
            columns.add(Column.ofInteger(name, integer));
            return this;
        }

        /** The three number columns of an estimate with its interval. */
        public Builder<R> interval(IntervalColumns names, Function<R, Interval> of) {
            return add(names.estimate(), CellKind.NUMBER, v -> Csv.number(of.apply(v).estimate()))
                    .add(names.lo(), CellKind.NUMBER, v -> Csv.number(of.apply(v).lo()))
                    .add(names.hi(), CellKind.NUMBER, v -> Csv.number(of.apply(v).hi()));
        }

        /** A number column: the cell of {@code number(value)} as {@link Csv#number} writes it. */
        public Builder<R> number(String name, ToDoubleFunction<R> number) {
            columns.add(Column.ofNumber(name, number));
            return this;
        }

        /** One number column per key, named {@code name(key)}, whose number is {@code number(value, position of the key)}. */
        public Builder<R> numbers(List<String> keys, Function<String, String> name, IndexedNumber<R> number) {
            for (int i = 0; i < keys.size(); i++) {
                int index = i;
                columns.add(Column.ofNumber(name.apply(keys.get(i)), v -> number.number(v, index)));
            }
            return this;
        }

        /** One column per key, named {@code name(key)}, whose cell is {@code cell(value, position of the key)}. */
        public Builder<R> each(List<String> keys, Function<String, String> name, CellKind kind, IndexedCell<R> cell) {
            for (int i = 0; i < keys.size(); i++) {
                int index = i;
                columns.add(new Column<>(name.apply(keys.get(i)), kind, v -> cell.cell(v, index)));
            }
            return this;
        }

        public Schema<R> build() {
            return new Schema<>(columns);
        }
    }
}

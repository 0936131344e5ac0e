package org.entente.results;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One column of a results file: its name, what its cells may hold, and how its cell is got from the row's value;
 * a number or integer column also keeps the number itself ({@code number} or {@code integer}, else null), so a
 * row is written without a string per cell.
 */
public record Column<R>(String name, CellKind kind, Function<R, String> cell, ToDoubleFunction<R> number,
                        ToLongFunction<R> integer) {
    public Column(String name, CellKind kind, Function<R, String> cell) {
        this(name, kind, cell, null, null);
    }

    /** A number column: its cell is {@link Csv#number} of the value. */
    static <R> Column<R> ofNumber(String name, ToDoubleFunction<R> number) {
        return new Column<>(name, CellKind.NUMBER, v -> Csv.number(number.applyAsDouble(v)), number, null);
    }

    /** An integer column: its cell is the value in decimal. */
    static <R> Column<R> ofInteger(String name, ToLongFunction<R> integer) {
        return new Column<>(name, CellKind.INTEGER, v -> Long.toString(integer.applyAsLong(v)), null, integer);
    }

    /** Appends this column's cell of {@code value}. */
    void appendCell(StringBuilder b, R value) {
        if (number != null) Csv.appendNumber(b, number.applyAsDouble(value));
        else if (integer != null) b.append(integer.applyAsLong(value));
        else Csv.appendCell(b, cell.apply(value));
    }
}

package org.entente.results;

import java.util.function.Function;

/** One column of a results file: its name, what its cells may hold, and how its cell is got from the row's value. */
public record Column<R>(String name, CellKind kind, Function<R, String> cell) {
}

package org.entente.results;

import java.util.function.Function;

/** One column of a results file: its name and how its cell is got from the row's value. */
public record Column<R>(String name, Function<R, String> cell) {
}

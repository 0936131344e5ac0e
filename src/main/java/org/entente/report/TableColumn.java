package org.entente.report;

/**
 * One column of a {@link CsvTable}, filled cell by cell in row order: a cell's text and its value as
 * a number. {@link TextColumn} keeps the text; {@link NumberColumn} keeps only the numbers.
 */
sealed interface TableColumn permits TextColumn, NumberColumn {

    /** Appends the next row's cell ("" for a row too short to have one). */
    void add(String cell);

    /** The cell's text as it stands in the file. */
    String text(int row);

    /** The cell as a number, NaN when empty or not a number ({@link org.entente.results.Csv#toNumber}). */
    double number(int row);
}

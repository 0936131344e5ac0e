package org.entente.analysis;

/**
 * Outcomes of a game's grid to scan for reference points: {@code u[party][position]}, positions in lexicographic
 * outcome order; {@code index[position]} is the outcome's index in the grid, or {@code index} is null when the
 * positions are every outcome of the grid (position = index).
 */
record OutcomeSet(double[][] u, int[] index) {
    int size() {
        return u[0].length;
    }

    /** The grid index of the outcome at this position. */
    int outcome(int position) {
        return index == null ? position : index[position];
    }
}

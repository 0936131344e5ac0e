package org.entente.experiment;

/** Shard K of N (1-based K): the runs with {@code run_id % N == K - 1}. Shard 1/1 is everything. */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            // only a user's --shard can be out of range (Entente makes its own shards 1/N ... N/N), so name the option
            throw new IllegalArgumentException("--shard must be K/N with 1 <= K <= N (e.g. 3/10), got '" + index + "/" + count + "'");
        }
    }

    /** Parses {@code K/N}; throws IllegalArgumentException with a message a user can act on. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("--shard must be K/N (e.g. 3/10), got '" + text + "'");
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard must be K/N with whole numbers (e.g. 3/10), got '" + text + "'");
        }
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

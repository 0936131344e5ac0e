package org.entente.agents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyMovesTest {
    @Test
    void keepsMovesByKeyUntilTakenOutWhateverTheKey() {
        EarlyMoves early = new EarlyMoves();
        assertThat(early.isEmpty()).isTrue();
        assertThat(early.contains(3)).isFalse();
        assertThat(early.remove(3)).isNull();

        Move a = new Move.Failed(1, "china", "a");
        Move b = new Move.Failed(250, "lesotho", "b");
        early.put(3, a);
        early.put(501, b); // past the first array: it grows
        assertThat(early.isEmpty()).isFalse();
        assertThat(early.contains(3)).isTrue();
        assertThat(early.contains(501)).isTrue();
        assertThat(early.contains(4)).isFalse();
        assertThat(early.contains(10_000)).isFalse();

        assertThat(early.remove(501)).isSameAs(b);
        assertThat(early.contains(501)).isFalse();
        assertThat(early.isEmpty()).isFalse();
        assertThat(early.remove(3)).isSameAs(a);
        assertThat(early.isEmpty()).isTrue();
        assertThat(early.remove(3)).isNull();
    }
}

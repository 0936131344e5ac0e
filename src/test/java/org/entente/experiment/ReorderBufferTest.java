package org.entente.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReorderBufferTest {

    @Test
    void releasesItemsInSequenceOrder() {
        ReorderBuffer<String> b = new ReorderBuffer<>(10, 4);
        assertThat(b.offer(12, "c")).isEmpty();
        assertThat(b.offer(11, "b")).isEmpty();
        assertThat(b.offer(10, "a")).containsExactly("a", "b", "c");
        assertThat(b.offer(13, "d")).containsExactly("d");
        assertThat(b.next()).isEqualTo(14);
        assertThat(b.highWater()).isEqualTo(3);
    }

    @Test
    void refusesToGrowBeyondItsBound() {
        ReorderBuffer<String> b = new ReorderBuffer<>(0, 2);
        b.offer(1, "b");
        b.offer(2, "c");
        assertThatThrownBy(() -> b.offer(3, "d")).hasMessageContaining("bound of 2");
    }

    @Test
    void refusesADuplicate() {
        ReorderBuffer<String> b = new ReorderBuffer<>(0, 4);
        assertThat(b.offer(0, "a")).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> b.offer(0, "a")).hasMessageContaining("twice");
    }
}

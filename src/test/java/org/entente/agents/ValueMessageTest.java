package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ValueMessageTest {
    private final AtomicInteger written = new AtomicInteger();
    private final Function<List<Integer>, String> writer = v -> {
        written.incrementAndGet();
        return "ints;" + v;
    };

    @Test
    void aReceiverInThisJvmTakesTheValueAndTheTextIsWrittenOnlyOnceWhenAskedFor() {
        List<Integer> value = List.of(3, 1, 4);
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("a", AID.ISLOCALNAME), "run-1", "p", value, writer);
        assertThat(ValueMessage.<List<Integer>>value(m, writer)).isSameAs(value);
        assertThat(written).hasValue(0);
        assertThat(m.getContent()).isEqualTo("ints;[3, 1, 4]");
        assertThat(m.toString()).contains("ints;[3, 1, 4]");
        assertThat(new String(m.getByteSequenceContent())).isEqualTo("ints;[3, 1, 4]");
        assertThat(written).hasValue(1);
        assertThat(m.getLanguage()).isEqualTo(Vocabulary.LANGUAGE);
        assertThat(m.getConversationId()).isEqualTo("run-1");
    }

    @Test
    void anotherWritersMessageOrAPlainOneCarriesNoValueForThisWriter() {
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("a", AID.ISLOCALNAME), "run-1", "p", List.of(1), writer);
        Function<List<Integer>, String> other = v -> "other";
        assertThat(ValueMessage.<List<Integer>>value(m, other)).isNull();
        assertThat(ValueMessage.<List<Integer>>value(Vocabulary.message(ACLMessage.INFORM, new AID("a", AID.ISLOCALNAME), "run-1", "p",
                "ints;[1]"), writer)).isNull();
    }

    @Test
    void contentSetLaterReplacesTheValue() {
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("a", AID.ISLOCALNAME), "run-1", "p", List.of(1), writer);
        m.setContent("ints;[2]");
        assertThat(ValueMessage.<List<Integer>>value(m, writer)).isNull();
        assertThat(m.getContent()).isEqualTo("ints;[2]");
        assertThat(written).hasValue(0);
    }

    @Test
    void serialisedItCarriesTheTextAndNoValue() throws Exception {
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("a", AID.ISLOCALNAME), "run-1", "p", List.of(2, 7), writer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        }
        ACLMessage back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ACLMessage) in.readObject();
        }
        assertThat(back.getContent()).isEqualTo("ints;[2, 7]");
        assertThat(ValueMessage.<List<Integer>>value(back, writer)).isNull();
        assertThat(back.getConversationId()).isEqualTo("run-1");
        assertThat(written).hasValue(1);
    }
}

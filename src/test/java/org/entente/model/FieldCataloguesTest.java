package org.entente.model;

import org.entente.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The field catalogues cover their records exactly, and read, set and build them by name. */
class FieldCataloguesTest {

    private static List<String> components(ConfigField[] catalogue) {
        List<String> out = new ArrayList<>();
        for (ConfigField f : catalogue) out.add(((RecordField<?>) f).component());
        return out;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void everyComponentOfPartyAndOfficialIsOneCatalogueEntry() {
        assertThat(components(PartyField.values())).containsExactlyElementsOf(components(Party.class));
        assertThat(components(OfficialField.values())).containsExactlyElementsOf(components(Official.class));
    }

    @Test
    void issueEntriesCoverBothIssueRecordsByForm() {
        List<String> numeric = Arrays.stream(IssueField.values()).filter(f -> f.form() != IssueField.Form.DISCRETE)
                .map(IssueField::component).toList();
        List<String> discrete = Arrays.stream(IssueField.values()).filter(f -> f.form() != IssueField.Form.NUMERIC)
                .map(IssueField::component).toList();
        assertThat(numeric).containsExactlyInAnyOrderElementsOf(components(NumericIssue.class));
        assertThat(discrete).containsExactlyInAnyOrderElementsOf(components(DiscreteIssue.class));
    }

    @Test
    void fieldsReadAndSetByNameWithoutTouchingTheOthers() throws Exception {
        Party a = ConfigLoader.load(Path.of("src/test/resources/valid/two-party-split.yaml")).scenario().party("a");
        assertThat(PartyField.DISCOUNT.number(a)).isEqualTo(0.95);
        Party b = PartyField.DISCOUNT.with(a, 0.5);
        assertThat(b.discount()).isEqualTo(0.5);
        assertThat(PartyField.DISCOUNT.with(b, 0.95)).isEqualTo(a);
        assertThat(PartyField.WEIGHTS.number(a, "share")).isEqualTo(1.0);
        assertThat(PartyField.WEIGHTS.with(a, "share", 3.0).weights()).containsEntry("share", 3.0);
        Official parliament = a.official("parliament");
        assertThat(OfficialField.INTERESTS.number(parliament, "influence")).isZero();
        assertThat(OfficialField.RESERVATION.with(parliament, 0.7).reservation()).isEqualTo(0.7);
        NumericIssue share = (NumericIssue) IssueField.STEP.with(new NumericIssue("s", "S", "trade", 0, 1, 0.1, null, null), 0.5);
        assertThat(share.size()).isEqualTo(3);
    }

    @Test
    void aRecordIsBuiltFromOneValuePerEntry() {
        Map<OfficialField, Object> v = new EnumMap<>(OfficialField.class);
        v.put(OfficialField.ID, "pm");
        v.put(OfficialField.TITLE, "Prime Minister");
        v.put(OfficialField.HEAD, true);
        v.put(OfficialField.POWER, 2.0);
        v.put(OfficialField.INTERESTS, Map.of("trade", 1.0));
        v.put(OfficialField.RESERVATION, 0.3);
        v.put(OfficialField.VETO, false);
        assertThat(RecordField.create(Official.class, v))
                .isEqualTo(new Official("pm", "Prime Minister", true, 2.0, Map.of("trade", 1.0), 0.3, false));
    }

    @Test
    void sweepableKeysHaveALabelAndARange() {
        List<ConfigField> all = new ArrayList<>();
        all.addAll(List.of(PartyField.values()));
        all.addAll(List.of(OfficialField.values()));
        all.addAll(List.of(IssueField.values()));
        all.addAll(List.of(ImplementationParameter.values()));
        all.addAll(List.of(ExperimentSetting.values()));
        for (ConfigField f : all) {
            FieldSpec s = f.fieldSpec();
            assertThat(s.description()).as(f.key()).isNotBlank();
            assertThat(s.defaultText()).as(f.key()).isNotBlank();
            if (s.kind() == FieldKind.NUMBER || s.kind().perId()) assertThat(s.range()).as(f.key()).isNotNull();
            if (s.isSweepable()) assertThat(s.kind()).as(f.key()).isIn(FieldKind.NUMBER, FieldKind.NAME,
                    FieldKind.NUMBER_PER_ISSUE, FieldKind.NUMBER_PER_INTEREST);
        }
        assertThat(PartyField.RESERVATION.fieldSpec().allowed()).isEqualTo("a number in [0, 1)");
        assertThat(PartyField.WEIGHTS.fieldSpec().allowed()).isEqualTo("a number >= 0 per issue");
        assertThat(OfficialField.VETO.fieldSpec().allowed()).isEqualTo("true or false");
    }
}

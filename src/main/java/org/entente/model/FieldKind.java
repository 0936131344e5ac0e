package org.entente.model;

import java.util.List;

/** What kind of value a catalogued config key takes; per-id kinds are mappings from an id to a number. */
public enum FieldKind {
    ID, TEXT, NAME, NUMBER, BOOLEAN, NUMBER_PER_ISSUE, NUMBER_PER_INTEREST, STRUCTURE;

    /** Whether the key maps ids (issues or interests) to numbers. */
    public boolean perId() {
        return this == NUMBER_PER_ISSUE || this == NUMBER_PER_INTEREST;
    }

    /** The ids a per-id key may name in {@code scenario}: its issues or its interests. */
    public List<String> ids(Scenario scenario) {
        return this == NUMBER_PER_ISSUE ? scenario.issueIds() : scenario.interests();
    }

    /** "issue" or "interest", for messages. */
    public String idName() {
        return this == NUMBER_PER_ISSUE ? "issue" : "interest";
    }
}

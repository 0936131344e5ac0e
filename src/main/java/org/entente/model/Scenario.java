package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The world of a negotiation: interests, issues, parties with their officials, implementation. */
public record Scenario(String name, String description, List<String> interests, List<Issue> issues,
                       List<Party> parties, Implementation implementation) {

    public Scenario {
        interests = List.copyOf(interests);
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
    }

    public Party party(String id) {
        return byId(parties, Party::id, id, "party");
    }

    public int partyIndex(String id) {
        return indexOf(parties, Party::id, id);
    }

    public Issue issue(String id) {
        return byId(issues, Issue::id, id, "issue");
    }

    public int issueIndex(String id) {
        return indexOf(issues, Issue::id, id);
    }

    private static <T> T byId(List<T> items, Function<T, String> idOf, String id, String what) {
        int i = indexOf(items, idOf, id);
        if (i < 0) throw new IllegalArgumentException("no " + what + " " + id);
        return items.get(i);
    }

    private static <T> int indexOf(List<T> items, Function<T, String> idOf, String id) {
        for (int i = 0; i < items.size(); i++) if (idOf.apply(items.get(i)).equals(id)) return i;
        return -1;
    }

    public List<String> partyIds() {
        return parties.stream().map(Party::id).toList();
    }

    public List<String> issueIds() {
        return issues.stream().map(Issue::id).toList();
    }

    /** Number of outcomes on the offer grid (may exceed int). */
    public double outcomeCount() {
        double n = 1;
        for (Issue i : issues) n *= i.size();
        return n;
    }

    public Scenario withParties(List<Party> ps) {
        return new Scenario(name, description, interests, issues, ps, implementation);
    }

    public Scenario withParty(Party p) {
        List<Party> ps = new ArrayList<>(parties);
        ps.set(partyIndex(p.id()), p);
        return withParties(ps);
    }

    public Scenario withIssues(List<Issue> is) {
        return new Scenario(name, description, interests, is, parties, implementation);
    }

    public Scenario withImplementation(Implementation impl) {
        return new Scenario(name, description, interests, issues, parties, impl);
    }
}

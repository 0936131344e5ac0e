package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.Issue;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.teaching.CommandError;
import org.entente.teaching.PackageParser;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Packages as the API writes and reads them: {@code {"<issue id>": value, ...}} with numbers as
 * numbers and options by name. Reading goes through the terminal seat's {@link PackageParser}, so a
 * browser and a terminal student are told the same thing about the same mistake.
 */
final class Packages {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_ISSUES = 1000;

    private Packages() {
    }

    /** The package as JSON: each issue's value (a number, or an option's name). */
    static ObjectNode json(OutcomeSpace space, Offer offer) {
        ObjectNode n = JSON.objectNode();
        for (int i = 0; i < space.issueCount(); i++) {
            Issue issue = space.issues().get(i);
            if (issue instanceof org.entente.model.NumericIssue num) n.put(issue.id(), num.value(offer.get(i)));
            else n.put(issue.id(), issue.valueLabel(offer.get(i)));
        }
        return n;
    }

    /** A package the student sent, and what they should be told about it (snapping to the grid, filling in). */
    record Parsed(Offer offer, List<String> notes) {
    }

    /**
     * Reads {@code {"issues": {...}}}: each value snapped to the grid; issues left out keep their value
     * in {@code base} ({@code baseName} says which package that is).
     */
    static Parsed parse(JsonNode body, OutcomeSpace space, Offer base, String baseName) throws ApiError {
        JsonNode issues = body.get("issues");
        if (issues == null || !issues.isObject()) {
            throw ApiError.badInput("send the package as {\"issues\": {\"<issue id>\": value, ...}}");
        }
        if (issues.size() > MAX_ISSUES) throw ApiError.badInput("too many issues in the package");
        List<String> assignments = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = issues.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!(v.isNumber() || v.isTextual()) || e.getKey().isBlank() || e.getKey().contains("=")) {
                throw ApiError.badInput("the value of " + e.getKey() + " must be a number or an option's name");
            }
            assignments.add(e.getKey() + "=" + v.asText().strip());
        }
        try {
            PackageParser.Parsed p = new PackageParser(space).parse(assignments, base, baseName);
            return new Parsed(p.offer(), p.notes());
        } catch (CommandError e) {
            throw ApiError.badInput(e.getMessage());
        }
    }
}

package org.entente.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.DiscreteIssue;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.negotiation.OutcomeSpace;

/**
 * The agenda as JSON (public: every seat and the teacher see it): each issue's id, label, unit and
 * interest, and its grid (numbers from min to max in steps, every grid value listed) or its options.
 */
final class Issues {
    private Issues() {
    }

    static ArrayNode json(OutcomeSpace space) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Issue issue : space.issues()) {
            ObjectNode n = a.addObject();
            n.put("id", issue.id());
            n.put("label", issue.label());
            n.put("interest", issue.interest());
            if (issue instanceof NumericIssue num) {
                n.put("kind", "number");
                n.put("unit", num.unit() == null ? "" : num.unit());
                n.put("min", num.min());
                n.put("max", num.max());
                n.put("step", num.step());
                ArrayNode values = n.putArray("values");
                for (int k = 0; k < num.size(); k++) values.add(num.value(k));
            } else {
                n.put("kind", "options");
                n.put("unit", "");
                ArrayNode options = n.putArray("options");
                ((DiscreteIssue) issue).options().forEach(options::add);
            }
        }
        return a;
    }
}

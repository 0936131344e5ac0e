package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.ParameterPaths;
import org.entente.model.PathNames;
import org.entente.model.Phrases;
import org.entente.model.SweepPath;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable names for sweep paths ("Lesotho's reservation" for {@code parties.lesotho.reservation}):
 * the path's own label ({@link SweepPath#label}) with the display names of the manifest's config
 * (party names, official titles, issue labels, strategy types), so chart titles read well on a
 * projector; charts keep the exact path nearby.
 */
final class ParameterLabels {
    /** "Kingdom of Lesotho" → "Lesotho", "People's Republic of China" → "China". */
    private static final Pattern STATE_FORM = Pattern.compile("^(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?"
            + "(?:Kingdom|Republic|Federation|Commonwealth|Principality|Emirate|Sultanate|State|Confederation|Grand Duchy)"
            + "\\s+of\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    private ParameterLabels() {
    }

    /** A readable label for {@code path}; the path itself when it is not a sweep path. */
    static String of(ReportInput in, String path) {
        try {
            return SweepPath.parse(path).label(new ManifestNames(in));
        } catch (ParameterPaths.PathException e) {
            return path;
        }
    }

    /** A party's short display name: its config name without a state form ("Kingdom of"), else its id. */
    static String party(ReportInput in, String id) {
        return shortName(in.parties().name(id));
    }

    static String shortName(String name) {
        Matcher m = STATE_FORM.matcher(name.trim());
        return m.matches() ? m.group(1).trim() : name.trim();
    }

    /** "Lesotho's", "United States'". */
    static String possessive(String name) {
        return Phrases.possessive(name);
    }

    /** An official's title up to the first comma or parenthesis ("Prime Minister (Sam Matekane)" → "Prime Minister"). */
    static String officialTitle(JsonNode official) {
        String title = ReportInput.text(official.path("title"));
        if (title.isBlank()) title = ReportInput.text(official.path("name"));
        String s = Phrases.shortTitle(title);
        return s.isEmpty() ? Phrases.words(ReportInput.text(official.path("id"))) : s;
    }

    /** The display names of a results directory's manifest. */
    private record ManifestNames(ReportInput in) implements PathNames {
        @Override
        public String party(String id) {
            return ParameterLabels.party(in, id);
        }

        @Override
        public String issue(String id) {
            String[] li = in.issues().get(id);
            return li == null || li[0].isBlank() ? Phrases.words(id) : li[0];
        }

        @Override
        public String official(String party, String id) {
            for (JsonNode o : partyNode(party).path("officials")) {
                if (ReportInput.text(o.path("id")).equals(id)) return officialTitle(o);
            }
            return Phrases.words(id);
        }

        /** The experiment's override, the party's own, or the experiment's default. */
        @Override
        public String strategyType(String party) {
            JsonNode ex = in.experiment();
            String t = ReportInput.text(ex.path("strategies").path(party).path("type"));
            if (t.isEmpty()) t = ReportInput.text(partyNode(party).path("strategy").path("type"));
            if (t.isEmpty()) t = ReportInput.text(ex.path("strategy").path("type"));
            return t.toLowerCase(Locale.ROOT);
        }

        private JsonNode partyNode(String party) {
            for (JsonNode p : in.scenario().path("parties")) {
                if (ReportInput.text(p.path("id")).equals(party)) return p;
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}

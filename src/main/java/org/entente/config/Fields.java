package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.FieldKind;
import org.entente.model.FieldSpec;
import org.entente.model.Range;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mapping of the config under a field path ({@code scenario.parties.china}) with typed, checked
 * accessors: each wrong key, type or range becomes an error located at the offending key or
 * value, and the accessor returns the default so reading can go on and find further errors.
 */
final class Fields {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    final Problems problems;
    final YamlNode.Mapping node;
    final String path;

    Fields(Problems problems, YamlNode.Mapping node, String path) {
        this.problems = problems;
        this.node = node;
        this.path = path;
    }

    /** A view of {@code node} as a mapping, or null (with an error) when it is something else. */
    static Fields of(Problems problems, YamlNode node, String path) {
        if (node instanceof YamlNode.Mapping m) return new Fields(problems, m, path);
        problems.at(node, path, "found " + node.kindName() + "; expected a mapping of keys to values");
        return null;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports every key not in {@code known}, with the list of known keys and a close match. */
    void allow(Collection<String> known) {
        for (YamlNode.Entry e : node.entries()) {
            if (!known.contains(e.key())) {
                problems.atKey(e, path(Messages.shorten(e.key())), "unknown key" + Messages.didYouMean(e.key(), known)
                        + "; expected one of " + Messages.list(known));
            }
        }
    }

    void allow(String... known) {
        allow(List.of(known));
    }

    /** Reports every key that is not in {@code catalogue}. */
    void allow(ConfigField[] catalogue) {
        allow(ConfigField.keys(catalogue));
    }

    /**
     * One item of a list of records with ids: its fields, named by its id once that is valid, and the
     * number of errors before its checks (more after them: the item is not usable).
     */
    record Item(Fields fields, String id, int errorsBefore) {
    }

    /**
     * The item at {@code index} of the list at {@code listPath}, or null (with an error) when not a
     * mapping; an id already in {@code seen} is reported as a duplicate {@code noun} id.
     */
    static Item item(Problems problems, YamlNode node, String listPath, int index, Set<String> seen, String noun) {
        Fields f = of(problems, node, listPath + "[" + index + "]");
        if (f == null) return null;
        String id = f.id("id", true);
        Fields named = id != null ? new Fields(problems, f.node, listPath + "." + id) : f;
        int before = problems.size();
        if (id != null && !seen.add(id)) {
            problems.at(named.value("id"), named.path("id"), "duplicate " + noun + " id '" + id + "'; expected each "
                    + noun + " id once" + (noun.equals("official") ? " within a party" : ""));
        }
        return new Item(named, id, before);
    }

    YamlNode.Entry entry(String key) {
        YamlNode.Entry e = node.entry(key);
        if (e == null || (e.value() instanceof YamlNode.Scalar s && s.isNull())) return null;
        return e;
    }

    boolean has(String key) {
        return entry(key) != null;
    }

    YamlNode value(String key) {
        YamlNode.Entry e = entry(key);
        return e == null ? null : e.value();
    }

    /** Reports the key as required and missing, at this mapping. */
    void missing(String key, String expected) {
        problems.at(node, path(key), "missing; expected " + expected);
    }

    /** A required text value. */
    String text(String key, String def, boolean required) {
        YamlNode.Entry e = entry(key);
        if (e == null) {
            if (required) missing(key, "a text value");
            return def;
        }
        if (e.value() instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) return s.text();
        problems.at(e.value(), path(key), "found " + e.value().kindName() + "; expected a text value");
        return def;
    }

    /**
     * A name from {@code known} (a protocol, an interest): null when absent, or when unknown (with an
     * error naming the known ones, after {@code listPrefix}).
     */
    String name(String key, Collection<String> known, String what, String listPrefix) {
        YamlNode.Entry e = entry(key);
        if (e == null) return null;
        YamlNode v = e.value();
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING && known.contains(s.text())) {
            return s.text();
        }
        problems.at(v, path(key), (v instanceof YamlNode.Scalar s ? "unknown " + what + " '" + Messages.shorten(s.text())
                + "'" + Messages.didYouMean(s.text(), known) : "found " + v.kindName()) + "; expected one of "
                + listPrefix + Messages.list(known));
        return null;
    }

    /** An id matching {@code [a-z][a-z0-9_]*}, or null (with an error). */
    String id(String key, boolean required) {
        YamlNode.Entry e = entry(key);
        if (e == null) {
            if (required) missing(key, "an id matching [a-z][a-z0-9_]*");
            return null;
        }
        return checkId(problems, e.value(), path(key));
    }

    static String checkId(Problems problems, YamlNode v, String path) {
        if (v instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            if (ID.matcher(s.text()).matches()) return s.text();
            problems.at(v, path, "'" + Messages.shorten(s.text()) + "' is not a valid id; expected lower-case letters, "
                    + "digits and '_', starting with a letter ([a-z][a-z0-9_]*)");
            return null;
        }
        problems.at(v, path, "found " + v.kindName() + "; expected an id matching [a-z][a-z0-9_]*");
        return null;
    }

    /** A number within {@code range}; {@code def} when absent or invalid. */
    Double number(String key, Double def, Range range) {
        YamlNode.Entry e = entry(key);
        if (e == null) return def;
        Double v = checkNumber(problems, e.value(), path(key), range);
        return v == null ? def : v;
    }

    /** A catalogued number: the catalogue's default when absent or invalid. */
    Double number(ConfigField field) {
        return number(field, field.fieldSpec().defaultValue());
    }

    /** A catalogued number whose default ({@code def}) depends on the rest of the config. */
    Double number(ConfigField field, Double def) {
        return number(field.key(), def, field.fieldSpec().range());
    }

    /** Whether a catalogued key is a plain number or true/false, read by {@link #value} alone. */
    static boolean plain(ConfigField field) {
        FieldKind kind = field.fieldSpec().kind();
        return kind == FieldKind.NUMBER || kind == FieldKind.BOOLEAN;
    }

    /**
     * A plain catalogued key's value: a number (its default when absent; null when its default
     * depends on the rest of the config, which the caller then supplies) or true/false.
     */
    Object value(ConfigField field) {
        return field.fieldSpec().kind() == FieldKind.BOOLEAN ? bool(field) : number(field);
    }

    /** A catalogued true/false key, its default from the catalogue. */
    Boolean bool(ConfigField field) {
        return bool(field.key(), Boolean.parseBoolean(field.fieldSpec().defaultText()));
    }

    /** A catalogued mapping of issue or interest ids ({@code known}) to numbers; null when absent. */
    Map<String, Double> numberMap(ConfigField field, Collection<String> known) {
        FieldSpec spec = field.fieldSpec();
        return numberMap(field.key(), known, spec.kind().idName(), spec.range());
    }

    static Double checkNumber(Problems problems, YamlNode v, String path, Range range) {
        if (!(v instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.NUMBER) {
            problems.at(v, path, "found " + v.kindName() + "; expected " + range.describe());
            return null;
        }
        double x = s.number();
        if (range.integer() && !Double.isNaN(x) && !Double.isInfinite(x) && x != Math.rint(x)) {
            problems.at(v, path, Messages.shorten(s.text()) + " is not a whole number; expected " + range.describe());
            return null;
        }
        if (Double.isNaN(x) || Double.isInfinite(x) || !range.allows(x)) {
            problems.at(v, path, Messages.shorten(s.text()) + " is out of range; expected " + range.describe());
            return null;
        }
        return x;
    }

    Boolean bool(String key, boolean def) {
        YamlNode.Entry e = entry(key);
        if (e == null) return def;
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) return s.number() == 1;
        problems.at(e.value(), path(key), "found " + e.value().kindName() + "; expected true or false");
        return def;
    }

    /** An optional nested mapping, or null (absent, or an error when not a mapping). */
    Fields fields(String key) {
        YamlNode.Entry e = entry(key);
        return e == null ? null : of(problems, e.value(), path(key));
    }

    /** An optional list, or null (absent, or an error when not a list). */
    List<YamlNode> list(String key) {
        YamlNode.Entry e = entry(key);
        if (e == null) return null;
        if (e.value() instanceof YamlNode.Sequence s) return s.items();
        problems.at(e.value(), path(key), "found " + e.value().kindName() + "; expected a list");
        return null;
    }

    /**
     * A mapping of id to number ({@code weights}, {@code interests}); keys must be in {@code known}
     * (described as {@code what}), values within {@code range}. Null when absent.
     */
    Map<String, Double> numberMap(String key, Collection<String> known, String what, Range range) {
        Fields f = fields(key);
        if (f == null) return null;
        Map<String, Double> m = new LinkedHashMap<>();
        for (YamlNode.Entry e : f.node.entries()) {
            String p = f.path(Messages.shorten(e.key()));
            if (!known.contains(e.key())) {
                problems.atKey(e, p, "unknown " + what + " '" + Messages.shorten(e.key()) + "'"
                        + Messages.didYouMean(e.key(), known) + "; expected one of " + Messages.list(known));
                continue;
            }
            Double v = checkNumber(problems, e.value(), p, range);
            if (v != null) m.put(e.key(), v);
        }
        return m;
    }

    /** The ids in a list of ids (each checked; duplicates reported). Null when absent. */
    List<String> idList(String key) {
        List<YamlNode> items = list(key);
        if (items == null) return null;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String id = checkId(problems, items.get(i), path(key) + "[" + i + "]");
            if (id == null) continue;
            if (ids.contains(id)) {
                problems.at(items.get(i), path(key) + "[" + i + "]", "duplicate '" + id + "'; expected each once");
                continue;
            }
            ids.add(id);
        }
        return ids;
    }
}

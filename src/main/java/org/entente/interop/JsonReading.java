package org.entente.interop;

import org.entente.interop.JsonTree.Arr;
import org.entente.interop.JsonTree.Num;
import org.entente.interop.JsonTree.Obj;
import org.entente.interop.JsonTree.Str;
import org.entente.interop.JsonTree.Value;

import java.math.BigDecimal;
import java.util.List;

/** Typed access to a {@link JsonTree} with one-line errors at the offending value. */
final class JsonReading {
    private JsonReading() {
    }

    static Obj object(Value v, String what) {
        if (v instanceof Obj o) return o;
        throw new InteropException(v.at(), what + " is " + v.kind() + "; expected an object");
    }

    static Arr list(Value v, String what) {
        if (v instanceof Arr a) return a;
        throw new InteropException(v.at(), what + " is " + v.kind() + "; expected a list");
    }

    static String text(Value v, String what) {
        if (v instanceof Str s) return s.text();
        throw new InteropException(v.at(), what + " is " + v.kind() + "; expected a string");
    }

    static BigDecimal number(Value v, String what) {
        if (v instanceof Num n) return n.number();
        throw new InteropException(v.at(), what + " is " + v.kind() + "; expected a number");
    }

    /** A number in [0, 1]. */
    static double unit(Value v, String what) {
        BigDecimal d = number(v, what);
        if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
            throw new InteropException(v.at(), what + " is " + d.toPlainString() + "; expected a number in [0, 1]");
        }
        return d.doubleValue();
    }

    static Value required(Obj o, String key, String what) {
        Value v = o.get(key);
        if (v == null) throw new InteropException(o.at(), what + " has no \"" + key + "\"");
        return v;
    }

    /** Fails at the first key that is not one of {@code known}. */
    static void allowOnly(Obj o, String what, List<String> known) {
        for (var e : o.keys().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new InteropException(e.getValue(), what + ": unknown key \"" + e.getKey() + "\"; expected "
                        + String.join(", ", known));
            }
        }
    }

    /** The single key of a one-key object (a GeniusWeb type wrapper such as {"discreteutils": {...}}). */
    static String onlyKey(Obj o, String what) {
        if (o.members().size() != 1) {
            throw new InteropException(o.at(), what + " has " + o.members().size() + " keys; expected one type name "
                    + "(e.g. \"discreteutils\") holding its contents");
        }
        return o.members().keySet().iterator().next();
    }
}

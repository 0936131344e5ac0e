package org.entente.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a record component by name and copies a record with one component replaced, through the
 * canonical constructor (what Java's "derived record creation" will do natively). Catalogues set
 * fields with it, so no record is rebuilt argument by argument by hand.
 */
final class RecordCopy {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordCopy() {
    }

    /** The components of a record class, their accessors and its canonical constructor (taking an array). */
    private record Shape(List<String> names, MethodHandle[] accessors, MethodHandle constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            if (cs == null) throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle[] accessors = new MethodHandle[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    accessors[i] = lookup.unreflect(cs[i].getAccessor()).asType(MethodType.genericMethodType(1));
                }
                Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
                MethodHandle constructor = lookup.unreflectConstructor(type.getDeclaredConstructor(types))
                        .asType(MethodType.genericMethodType(cs.length)).asSpreader(Object[].class, cs.length);
                return new Shape(Arrays.stream(cs).map(RecordComponent::getName).toList(), accessors, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the record " + type.getSimpleName(), e);
            }
        }

        int index(String component) {
            int i = names.indexOf(component);
            if (i < 0) throw new IllegalArgumentException("no component '" + component + "' in " + names);
            return i;
        }
    }

    static Object get(Object record, String component) {
        Shape s = SHAPES.get(record.getClass());
        try {
            return s.accessors()[s.index(component)].invoke(record);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** A new record of {@code type} from the value of every component, by name. */
    static <R> R create(Class<R> type, Map<String, Object> values) {
        Shape s = SHAPES.get(type);
        Object[] args = new Object[s.names().size()];
        for (int i = 0; i < args.length; i++) {
            String name = s.names().get(i);
            if (!values.containsKey(name)) throw new IllegalArgumentException(type.getSimpleName() + ": no value for " + name);
            args[i] = values.get(name);
        }
        try {
            return type.cast(s.constructor().invoke(args));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <R> R with(R record, String component, Object value) {
        Shape s = SHAPES.get(record.getClass());
        int k = s.index(component);
        Object[] args = new Object[s.accessors().length];
        try {
            for (int i = 0; i < args.length; i++) args[i] = i == k ? value : s.accessors()[i].invoke(record);
            return (R) s.constructor().invoke(args);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }
}

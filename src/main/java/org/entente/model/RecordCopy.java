package org.entente.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

    /**
     * The components of a record class, their accessors and its canonical constructor. Core reflection, not method
     * handles: on JDK 17 its first calls spin no classes, where method handles cost a config's first read about
     * 10 ms of start-up.
     */
    private record Shape(List<String> names, Method[] accessors, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            if (cs == null) throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
            try {
                Method[] accessors = Arrays.stream(cs).map(RecordComponent::getAccessor).toArray(Method[]::new);
                Class<?>[] types = Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new);
                return new Shape(Arrays.stream(cs).map(RecordComponent::getName).toList(), accessors,
                        type.getDeclaredConstructor(types));
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
        } catch (ReflectiveOperationException e) {
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
            return type.cast(s.constructor().newInstance(args));
        } catch (ReflectiveOperationException e) {
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
            return (R) s.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw rethrow(e);
        }
    }

    /** What the accessor or constructor threw (a record's own check, such as a compact constructor's), unwrapped. */
    private static RuntimeException rethrow(ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
        if (cause instanceof RuntimeException r) return r;
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(cause);
    }
}

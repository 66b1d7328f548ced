package dev.mp4j.core.internal.serial;

import java.io.NotSerializableException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds where in an object graph serialization broke, so that the error can say
 * "field {@code lock} of {@code Counter}" rather than only a class name. Walks the
 * serializable fields, the elements of collections, maps and arrays, and the captured
 * arguments of serializable lambdas. Best effort: a graph it cannot read yields no path.
 */
final class ObjectPaths {

    private static final int MAX_VISITS = 100_000;

    private ObjectPaths() {}

    /** " (at root.field.field)", or "" when no path was found. */
    static String describePathTo(Object root, ObjectStreamException failure) {
        String culprit = failure instanceof NotSerializableException ? failure.getMessage() : null;
        if (culprit == null || culprit.contains(" ")) {
            return "";
        }
        String path = find(root, culprit);
        return path == null ? "" : " (at " + path + ")";
    }

    private record Step(Object value, String path) {}

    static String find(Object root, String culpritClassName) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Step> pending = new ArrayDeque<>();
        pending.push(new Step(root, label(root)));
        while (!pending.isEmpty() && seen.size() < MAX_VISITS) {
            Step step = pending.pop();
            Object value = step.value();
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value.getClass().getName().equals(culpritClassName)) {
                return step.path();
            }
            children(value, step.path(), pending);
        }
        return null;
    }

    private static void children(Object value, String path, Deque<Step> pending) {
        Class<?> type = value.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                for (int i = Array.getLength(value) - 1; i >= 0; i--) {
                    pending.push(new Step(Array.get(value, i), path + "[" + i + "]"));
                }
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                pending.push(new Step(e.getKey(), path + ".key[" + i + "]"));
                pending.push(new Step(e.getValue(), path + "[" + e.getKey() + "]"));
                i++;
            }
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                pending.push(new Step(element, path + "[" + i++ + "]"));
            }
            return;
        }
        SerializedLambda lambda = serializedLambda(value);
        if (lambda != null) {
            for (int i = lambda.getCapturedArgCount() - 1; i >= 0; i--) {
                Object arg = lambda.getCapturedArg(i);
                pending.push(new Step(arg, path + ".captured[" + i + "]:" + simpleName(arg)));
            }
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int mods = field.getModifiers();
                if (Modifier.isStatic(mods) || Modifier.isTransient(mods) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object child = field.get(value);
                    pending.push(new Step(child, path + "." + field.getName() + ":" + simpleName(child)));
                } catch (RuntimeException | IllegalAccessException e) {
                    // A class whose fields we may not read (JDK internals): no path through it.
                }
            }
        }
    }

    private static SerializedLambda serializedLambda(Object value) {
        if (!(value instanceof Serializable) || !value.getClass().isSynthetic() && !value.getClass().isHidden()) {
            return null;
        }
        try {
            Method writeReplace = value.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return writeReplace.invoke(value) instanceof SerializedLambda s ? s : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String label(Object root) {
        SerializedLambda lambda = serializedLambda(root);
        if (lambda != null) {
            return "lambda " + lambda.getImplClass().replace('/', '.') + "." + lambda.getImplMethodName();
        }
        return simpleName(root);
    }

    private static String simpleName(Object o) {
        if (o == null) {
            return "null";
        }
        SerializedLambda lambda = serializedLambda(o);
        if (lambda != null) {
            return "lambda " + lambda.getImplClass().substring(lambda.getImplClass().lastIndexOf('/') + 1)
                    + "." + lambda.getImplMethodName();
        }
        String name = o.getClass().getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}

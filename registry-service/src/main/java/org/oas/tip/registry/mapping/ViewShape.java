package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.databind.cfg.PackageVersion;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stamp of the shape a stored rendering of an instrument was made with (instrument_version.rendered_shape): a hash of
 * the property lists of the view's classes (simple names, types, annotations, enum constants, recursively) and of the
 * Jackson version, so that a change of any of them makes the stored renderings stale and they are rendered again.
 */
public final class ViewShape {

    /** Raise when the rendering changes in a way the classes do not show (the place of the cycles, the renderer's rules). */
    static final int RENDERING = 1;

    /** The shape of this build's {@link InstrumentView} (with {@link CycleView} and {@link CycleEntry}, spliced in at read). */
    public static final int CURRENT = of(InstrumentView.class, CycleView.class, CycleEntry.class);

    private ViewShape() {
    }

    /** The stamp of these classes' shapes. */
    static int of(Class<?>... roots) {
        StringBuilder shape = new StringBuilder("rendering ").append(RENDERING).append(" jackson ").append(PackageVersion.VERSION);
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> root : roots) {
            describe(root, shape, seen);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
            return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(Class<?> type, StringBuilder shape, Set<Class<?>> seen) {
        if (!type.getName().startsWith("org.oas.tip.") || !seen.add(type)) {
            return;
        }
        shape.append('\n').append(type.getSimpleName()).append(annotations(type.getAnnotations()));
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    shape.append(' ').append(name).append(annotations(type.getField(name).getAnnotations()));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                shape.append("\n  ").append(c.getName()).append(' ').append(name(c.getGenericType()))
                        .append(annotations(c.getAnnotations())).append(annotations(c.getAccessor().getAnnotations()));
                referenced(c.getGenericType(), shape, seen);
            }
        }
    }

    private static void referenced(Type type, StringBuilder shape, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            describe(c.isArray() ? c.getComponentType() : c, shape, seen);
        } else if (type instanceof ParameterizedType p) {
            referenced(p.getRawType(), shape, seen);
            for (Type argument : p.getActualTypeArguments()) {
                referenced(argument, shape, seen);
            }
        }
    }

    /** A type by simple names: what a rendering depends on is the shape, not where the classes live. */
    private static String name(Type type) {
        if (type instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(ViewShape::name).toList();
        }
        return type.getTypeName();
    }

    static String annotations(Annotation[] annotations) {
        return Arrays.stream(annotations).map(ViewShape::annotation).sorted().toList().toString();
    }

    /**
     * An annotation with its members in name order: not {@link Annotation#toString()}, whose member order follows the
     * order the JVM lists the annotation type's methods in, which differs from one run to the next (so every start made
     * the stored renderings stale).
     */
    private static String annotation(Annotation annotation) {
        Method[] members = annotation.annotationType().getDeclaredMethods();
        Arrays.sort(members, Comparator.comparing(Method::getName));
        StringBuilder text = new StringBuilder("@").append(annotation.annotationType().getSimpleName()).append('(');
        for (Method member : members) {
            try {
                Object value = member.invoke(annotation);
                text.append(member.getName()).append('=').append(value instanceof Annotation a ? annotation(a)
                        : value.getClass().isArray() ? arrayText(value) : value).append(' ');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return text.append(')').toString();
    }

    private static String arrayText(Object array) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            Object item = Array.get(array, i);
            items.add(item instanceof Annotation a ? annotation(a) : String.valueOf(item));
        }
        return items.toString();
    }
}

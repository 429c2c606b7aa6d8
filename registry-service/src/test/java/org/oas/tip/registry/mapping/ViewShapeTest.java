package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The view shape stamp changes with what the rendering of a view depends on, and only then. */
class ViewShapeTest {

    static class Before {
        record View(long id, String title, Part part) {
        }

        record Part(String name, List<Kind> kinds) {
        }

        enum Kind { A, B }
    }

    static class Same {
        record View(long id, String title, Part part) {
        }

        record Part(String name, List<Kind> kinds) {
        }

        enum Kind { A, B }
    }

    static class PropertyMore {
        record View(long id, String title, Part part, String more) {
        }

        record Part(String name, List<Kind> kinds) {
        }

        enum Kind { A, B }
    }

    static class NonNull {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        record View(long id, String title, Part part) {
        }

        record Part(String name, List<Kind> kinds) {
        }

        enum Kind { A, B }
    }

    static class ConstantMore {
        record View(long id, String title, Part part) {
        }

        record Part(String name, List<Kind> kinds) {
        }

        enum Kind { A, B, C }
    }

    @Test
    void theSameShapeGivesTheSameStamp() {
        assertEquals(ViewShape.of(Before.View.class), ViewShape.of(Same.View.class));
        assertEquals(ViewShape.CURRENT, ViewShape.of(InstrumentView.class, CycleView.class, CycleEntry.class));
    }

    @Test
    void aPropertyAnAnnotationOrAnEnumConstantOfANestedTypeChangesIt() {
        int stamp = ViewShape.of(Before.View.class);
        assertNotEquals(stamp, ViewShape.of(PropertyMore.View.class), "a property more");
        assertNotEquals(stamp, ViewShape.of(NonNull.View.class), "another inclusion");
        assertNotEquals(stamp, ViewShape.of(ConstantMore.View.class), "an enum constant more, in a list of a nested record");
    }

    /**
     * The JVM lists an annotation type's members in an order that differs from one run to the next, and an annotation's
     * own text follows it: a stamp made of that text moved between starts, so each start made every stored rendering stale
     * and the registry rendered the whole history again. The same annotation written in another member order gives the
     * same stamp.
     */
    @Test
    void anAnnotationWhoseTextListsItsMembersInAnotherOrderGivesTheSameStamp() {
        Schema schema = InstrumentView.class.getAnnotation(Schema.class);
        String text = schema.toString();
        String inner = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
        List<String> members = new ArrayList<>(List.of(inner.split(", (?=[a-zA-Z]+=)")));
        Collections.reverse(members);
        String reversed = text.substring(0, text.indexOf('(') + 1) + String.join(", ", members) + ")";
        assertNotEquals(text, reversed);
        Annotation otherRun = (Annotation) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Schema.class},
                (proxy, method, args) -> "toString".equals(method.getName()) ? reversed : method.invoke(schema, args));
        assertEquals(ViewShape.annotations(new Annotation[] {schema}), ViewShape.annotations(new Annotation[] {otherRun}));
    }
}

package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;

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
}

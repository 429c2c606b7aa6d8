package org.oas.tip.defaults;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterConvertersTest {

    private final ParameterConverters converters = new ParameterConverters();

    @Test
    void wholeNumbersAreReadExactlyOrRefusedNamingTheParameter() {
        ParamConverter<Integer> limit = converters.getConverter(Integer.class, Integer.class, new Annotation[] {query("limit")});
        assertEquals(50, limit.fromString("50"));
        for (String bad : new String[] {"abc", "2147483648", " 5", "5 ", "", "1.5"}) {
            ParameterProblem problem = assertThrows(ParameterProblem.class, () -> limit.fromString(bad));
            assertEquals("limit", ProblemAssertions.violation(problem.problem()).get("field"));
            assertEquals(ProblemTypes.INVALID_PARAMETER, problem.problem().getType());
        }
        ParamConverter<Long> id = converters.getConverter(long.class, long.class, new Annotation[] {path("id")});
        assertEquals("path", ProblemAssertions.violation(assertThrows(ParameterProblem.class, () -> id.fromString("x")).problem()).get("in"));
    }

    @Test
    void booleansAreTrueOrFalseOnly() {
        ParamConverter<Boolean> active = converters.getConverter(Boolean.class, Boolean.class, new Annotation[] {query("active")});
        assertEquals(true, active.fromString("true"));
        assertEquals(false, active.fromString("false"));
        for (String bad : new String[] {"maybe", "TRUE", "1", "", " true"}) {
            assertEquals("must be true or false",
                    ProblemAssertions.violation(assertThrows(ParameterProblem.class, () -> active.fromString(bad)).problem()).get("message"));
        }
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            public String value() { return name; }
            public Class<? extends Annotation> annotationType() { return QueryParam.class; }
        };
    }

    private static PathParam path(String name) {
        return new PathParam() {
            public String value() { return name; }
            public Class<? extends Annotation> annotationType() { return PathParam.class; }
        };
    }
}

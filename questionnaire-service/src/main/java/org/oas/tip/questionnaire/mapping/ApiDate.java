package org.oas.tip.questionnaire.mapping;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of the API: from 1900-01-01 to 2200-12-31, so that a typo such as {@code +999999999-01-01} is refused as a
 * 400 instead of reaching the database (whose dates end in the year 5874897) or a report.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ApiDate.Check.class)
public @interface ApiDate {

    LocalDate FIRST = LocalDate.of(1900, 1, 1);
    LocalDate LAST = LocalDate.of(2200, 12, 31);
    String RULE = "must be a date from 1900-01-01 to 2200-12-31";

    String message() default RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<ApiDate, LocalDate> {

        /** Whether a date is in the API's range (null is left to @NotNull). */
        public static boolean inRange(LocalDate date) {
            return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return inRange(value);
        }
    }
}

package org.oas.tip.analytics.indicator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;

/** Writes a whole number as a JSON integer (a year as 2008, not 2008.0); other numbers as they are. */
public final class WholeNumber extends JsonSerializer<Double> {

    @Override
    public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (value != null && value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.writeNumber(value.longValue());
        } else if (value != null) {
            out.writeNumber(value);
        } else {
            out.writeNull();
        }
    }
}

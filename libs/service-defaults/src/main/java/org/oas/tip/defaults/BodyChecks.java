package org.oas.tip.defaults;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Every JSON body the API takes is an object: an empty body, {@code null}, or a bare value (a number, a string, an
 * array) where an operation reads its body as a JSON tree is a 400 {@link ProblemTypes#MALFORMED_BODY}, not a null
 * that fails later as a 500.
 */
@Provider
public class BodyChecks implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        boolean json = context.getMediaType() != null && context.getMediaType().getSubtype().toLowerCase().endsWith("json");
        if (json && (body == null || body instanceof JsonNode node && !node.isObject())) {
            throw Problems.malformedBody("", "the body must be a JSON object");
        }
        return body;
    }
}

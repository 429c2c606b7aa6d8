package org.oas.tip.registry.rules;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.oas.tip.registry.mapping.CycleAttachmentInput;

import java.util.List;
import java.util.Map;

/**
 * An unknown field ({@link UnknownFieldsRefused}) of an instrument or a cycle attachment is a 400 naming it by its whole path, {@code law.colour} rather than
 * {@code colour}, in {@code field} and in {@code violations} as the schema's checks name fields.
 */
public class UnknownFieldProblem {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unknownField(UnknownFieldsRefused.UnknownField e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        String name = field.isEmpty() ? e.getPropertyName() : field.toString();
        String message = "is not a field of " + (name.contains(".") ? name.substring(0, name.lastIndexOf('.'))
                : e.getReferringClass() == CycleAttachmentInput.class ? "a cycle attachment (reason, revision)" : "an instrument");
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(name + ": " + message)
                .with("field", name)
                .with("violations", List.of(Map.of("field", name, "in", "body", "message", message)))
                .build()
                .toResponse();
    }
}

package org.oas.tip.registry.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.oas.tip.registry.mapping.CycleAttachmentInput;
import org.oas.tip.registry.mapping.Details;
import org.oas.tip.registry.mapping.InstrumentInput;
import org.oas.tip.registry.mapping.ProvenanceInput;

import java.io.IOException;

/**
 * The instrument schemas allow no property they do not name, so the registry does not drop one silently either: an
 * unknown field in an instrument, its details or its provenance, a cycle attachment or an onboarding body, is a 400 naming it (Quarkus
 * otherwise ignores unknown properties, and other request bodies keep that leniency).
 */
@Singleton
public class UnknownFieldsRefused implements ObjectMapperCustomizer {

    /** Onboarding bodies too: a registration naming its own client id or country, say, is refused, not half read. */
    private static final String ONBOARDING = "org.oas.tip.registry.onboarding";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                                 Object beanOrClass, String property) throws IOException {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (type == InstrumentInput.class || type == ProvenanceInput.class || type.getEnclosingClass() == Details.class
                        || type == CycleAttachmentInput.class || ONBOARDING.equals(type.getPackageName())) {
                    throw new UnknownField(parser, type, property, deserializer.getKnownPropertyNames());
                }
                return false;
            }
        });
    }

    /** An unknown property of an instrument: its own type, so that {@link UnknownFieldProblem} is the mapper that answers. */
    static final class UnknownField extends UnrecognizedPropertyException {

        UnknownField(JsonParser parser, Class<?> type, String property, java.util.Collection<Object> known) {
            super(parser, "Unrecognized field \"" + property + "\" of " + type.getSimpleName(), parser.currentLocation(),
                    type, property, known);
            prependPath(type, property);
        }
    }
}

package org.oas.tip.registry.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A stored version is read back into these records: its features and approaches come out in the same order in every run
 * of the service (a HashSet of enums, Jackson's default, changes order between runs), so a cycle read gives the same
 * bytes today and after a restart.
 */
class DetailsOrderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChannelsFeaturesReadBackInTheirDeclaredOrder() throws Exception {
        Details.Channel channel = JSON.readValue("{\"features\": [\"H24\", \"TEXT_CHAT\", \"FREE\", \"ANONYMOUS\"]}",
                Details.Channel.class);
        assertEquals("{\"type\":null,\"topic\":null,\"contact\":null,\"features\":[\"FREE\",\"ANONYMOUS\",\"H24\",\"TEXT_CHAT\"]}",
                JSON.writeValueAsString(channel));
    }

    @Test
    void aBodysApproachesReadBackInTheirDeclaredOrder() throws Exception {
        Details.Body body = JSON.readValue("{\"approaches\": [\"PROTECTION\", \"PREVENTION\"]}", Details.Body.class);
        assertEquals("[\"PREVENTION\",\"PROTECTION\"]", JSON.writeValueAsString(body.approaches()));
    }

    @Test
    void aListWithANullIsLeftForValidationToName() throws Exception {
        Details.Channel channel = JSON.readValue("{\"features\": [\"FREE\", null]}", Details.Channel.class);
        assertEquals(2, channel.features().size());
    }
}

package org.oas.tip.gateway.lastcalls;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The in-memory record of last calls: latest per subject, bounded, and nothing lost between drain and restore. */
class LastCallsStoreTest {

    private static LastCall call(String subject, long at) {
        return new LastCall(subject, "client-" + subject, "user-" + subject, at);
    }

    @Test
    void keepsTheLatestCallPerSubject() {
        LastCalls calls = new LastCalls(10);
        calls.record(call("a", 200));
        calls.record(call("a", 100));
        calls.record(call("a", 300));
        calls.record(call("b", 50));

        assertThat(calls.drain(), containsInAnyOrder(call("a", 300), call("b", 50)));
        assertThat(calls.drain(), empty());
    }

    @Test
    void aNewSubjectPastTheBoundIsDroppedWhileHeldSubjectsKeepUpdating() {
        LastCalls calls = new LastCalls(2);
        calls.record(call("a", 1));
        calls.record(call("b", 1));
        calls.record(call("c", 1));
        calls.record(call("a", 2));

        assertThat(calls.dropped(), equalTo(1L));
        assertThat(calls.drain(), containsInAnyOrder(call("a", 2), call("b", 1)));
        // a drained record has room again
        calls.record(call("c", 3));
        assertThat(calls.drain(), contains(call("c", 3)));
    }

    @Test
    void restoreKeepsANewerCallMadeSinceTheDrainAndRestoresPastTheBound() {
        LastCalls calls = new LastCalls(2);
        calls.record(call("a", 1));
        calls.record(call("b", 1));
        List<LastCall> unreported = calls.drain();
        calls.record(call("a", 5));
        calls.record(call("c", 5));

        calls.restore(unreported);

        assertThat(calls.pending(), equalTo(3));
        assertThat(calls.drain(), containsInAnyOrder(call("a", 5), call("b", 1), call("c", 5)));
    }

    @Test
    void anEntryIsSentWithItsTimeInUtcAndANullUsernameAsNull() {
        assertThat(new LastCall("sa-1", "tool-brb", null, 1796581800123L).toJson().encode(),
                equalTo("{\"subject\":\"sa-1\",\"clientId\":\"tool-brb\",\"username\":null,\"at\":\"2026-12-06T18:30:00.123Z\"}"));
    }
}

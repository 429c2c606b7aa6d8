package org.oas.tip.gateway.lastcalls;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The calls recorded since the last report to the registry, the latest per subject, in a bounded map: recording is a
 * map update, with no I/O, and a report takes the entries out ({@link #drain()}) and puts back, without overwriting a
 * newer time, those the registry did not take ({@link #restore(Collection)}).
 */
public class LastCalls {

    private final ConcurrentHashMap<String, LastCall> calls = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();
    private final int maxSubjects;

    public LastCalls(int maxSubjects) {
        this.maxSubjects = maxSubjects;
    }

    /**
     * Records a call, keeping the later time when the subject is already held; a subject not yet held when the map is
     * full is not recorded (counted in {@link #dropped()}): the subjects held, those that called before, keep updating.
     */
    public void record(LastCall call) {
        LastCall held = calls.get(call.subject());
        if (held == null) {
            // the size is read without a lock: concurrent new subjects may overshoot the bound by a few
            if (calls.size() >= maxSubjects) {
                dropped.increment();
                return;
            }
        } else if (held.atMillis() >= call.atMillis() && Objects.equals(held.clientId(), call.clientId())) {
            return; // same millisecond (or an older clock reading), nothing new to say
        }
        calls.merge(call.subject(), call, LastCall::later);
    }

    /** Takes out every call held; a subject that calls meanwhile is held again, with its newer time. */
    public List<LastCall> drain() {
        List<LastCall> out = new ArrayList<>(calls.size());
        for (String subject : calls.keySet()) {
            LastCall call = calls.remove(subject);
            if (call != null) {
                out.add(call);
            }
        }
        return out;
    }

    /**
     * Puts back calls the registry did not take, unless the subject called again since (its newer time stays). These
     * were held before, so they are put back even past the bound: nothing taken out is lost.
     */
    public void restore(Collection<LastCall> unreported) {
        for (LastCall call : unreported) {
            calls.merge(call.subject(), call, LastCall::later);
        }
    }

    /** How many subjects are held, waiting for the next report. */
    public int pending() {
        return calls.size();
    }

    /** How many calls were not recorded because the map was full. */
    public long dropped() {
        return dropped.sum();
    }
}

package org.oas.tip.registry.linkcheck;

/** What checking one instrument's link gave: the link as it was read, and the final HTTP status if any. */
public record LinkOutcome(long instrumentId, String link, Result result, Integer status) {

    /** How a link counts in a job's progress. */
    public enum Result { ANSWERED, FAILED, SKIPPED }

    /** A requested link: found online for a final 2xx or 3xx status; a null status means no answer. */
    static LinkOutcome requested(LinkTarget target, Integer status) {
        boolean online = status != null && status >= 200 && status < 400;
        return new LinkOutcome(target.id(), target.link(), online ? Result.ANSWERED : Result.FAILED, status);
    }

    /** A link whose host is not allowed: not requested, and the instrument is left as it was. */
    static LinkOutcome skipped(LinkTarget target) {
        return new LinkOutcome(target.id(), target.link(), Result.SKIPPED, null);
    }

    boolean foundOnline() {
        return result == Result.ANSWERED;
    }
}

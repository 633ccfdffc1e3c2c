package org.bonemet.access;

/**
 * What one request costs its client: whether it may proceed, and the values of the RateLimit headers.
 *
 * @param limited false when the limit could not be applied (the shared store was unreachable) and the request was let
 *                through; then there are no header values to tell
 */
public record Decision(boolean allowed, boolean limited, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    static Decision unlimited() {
        return new Decision(true, false, 0, 0, 0, 0);
    }
}

package org.bonemet.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The tokens one replica has taken from the shared buckets and not yet spent. A request is decided here when its
 * client still holds a token on this replica; otherwise the store is asked for a new batch ({@link Quota#batch()}).
 * Tokens are taken before they are spent, so the replicas together never admit more than the shared bucket holds.
 * While a bucket runs low (fewer than ten batches left) the replica takes one token at a time, so that a client
 * spreading its requests over several replicas is refused at the same count as on one.
 */
final class Allowances {

    /** What the shared bucket answered: the tokens granted (0 when refused) and its state after that. */
    record Grant(long tokens, long remaining, long nanosToReset, long nanosToRefill) {
    }

    private static final class Held {
        long tokens;
        long remaining;
        long resetNanos;
        long takenAt;
        /** Until when (System.nanoTime) the shared bucket is known to be empty; refusals till then need no store. */
        long emptyUntil;
    }

    /** Bounded, and read without a lock on every request (a synchronised LinkedHashMap cost a fifth of a cached GET). */
    private final Cache<String, Held> held;

    Allowances(int maxClients) {
        held = Caffeine.newBuilder().maximumSize(maxClients).build();
    }

    /**
     * Spends a token the client holds on this replica, refuses while its shared bucket is known to be empty, or answers
     * null when the store must be asked.
     */
    Decision spend(Quota quota, long now) {
        Held h = held.getIfPresent(quota.bucket());
        if (h == null) {
            return null;
        }
        synchronized (h) {
            if (h.tokens <= 0) {
                return now - h.emptyUntil < 0 ? refused(quota, h.resetNanos - (now - h.takenAt), h.emptyUntil - now) : null;
            }
            h.tokens--;
            return allowed(quota, h.remaining + h.tokens, h.resetNanos - (now - h.takenAt));
        }
    }

    /** How many tokens to ask the store for: a batch while the bucket is full enough, else one. */
    long want(Quota quota) {
        Held h = held.getIfPresent(quota.bucket());
        long batch = quota.batch();
        return h == null || h.remaining >= 10 * batch ? batch : 1;
    }

    /**
     * Whether to take the next batch now, before this replica's tokens run out, so that no request waits for the
     * database: when a quarter of a batch is left of a batch of at least four, while the bucket is far from empty (with
     * smaller batches, or near the end, every token is taken as it is needed, which keeps the counts exact).
     */
    boolean runningLow(Quota quota) {
        Held h = held.getIfPresent(quota.bucket());
        long batch = quota.batch();
        if (h == null || batch < 4) {
            return false;
        }
        synchronized (h) {
            return h.tokens > 0 && h.tokens <= batch / 4 && h.remaining >= 10 * batch;
        }
    }

    /** Adds tokens taken ahead of need ({@link #runningLow}); none of them is spent by the taking. */
    void topUp(Quota quota, Grant grant, long now) {
        if (grant.tokens() == 0) {
            return;
        }
        Held h = held.get(quota.bucket(), b -> new Held());
        synchronized (h) {
            h.tokens += grant.tokens();
            h.remaining = grant.remaining();
            h.resetNanos = grant.nanosToReset();
            h.takenAt = now;
        }
    }

    /** Records what the store granted and decides the request that asked for it. */
    Decision granted(Quota quota, Grant grant, long now) {
        Held h = held.get(quota.bucket(), b -> new Held());
        synchronized (h) {
            h.takenAt = now;
            h.resetNanos = grant.nanosToReset();
            if (grant.tokens() == 0) {
                h.remaining = 0;
                h.emptyUntil = now + grant.nanosToRefill();
                return refused(quota, grant.nanosToReset(), grant.nanosToRefill());
            }
            h.tokens += grant.tokens() - 1;
            h.remaining = grant.remaining();
            return allowed(quota, h.remaining + h.tokens, h.resetNanos);
        }
    }

    private static Decision refused(Quota quota, long resetNanos, long retryNanos) {
        return new Decision(false, true, quota.perMinute(), 0, seconds(resetNanos), seconds(retryNanos));
    }

    private static Decision allowed(Quota quota, long remaining, long resetNanos) {
        return new Decision(true, true, quota.perMinute(), Math.min(remaining, quota.perMinute()), seconds(resetNanos), 0);
    }

    /** Whole seconds, rounded up, at least one: a client that waits this long will find the tokens back. */
    static long seconds(long nanos) {
        return Math.max(1, (Math.max(0, nanos) + 999_999_999L) / 1_000_000_000L);
    }
}

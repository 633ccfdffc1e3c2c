package org.bonemet.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.github.bucket4j.BucketConfiguration;

/**
 * The budget one client draws on: an address without a key, or a partner key. The limits are part of the bucket's
 * name, so that a changed quota starts a fresh bucket instead of inheriting one built for other numbers.
 *
 * @param perDay requests per UTC day, or 0 when only the minute limit applies
 */
public record Quota(String bucket, long perMinute, long perDay) {

    public static Quota anonymous(String address, long perMinute) {
        return new Quota("ip:" + address + ":" + perMinute, perMinute, 0);
    }

    public static Quota partner(String keyId, long perMinute, long perDay) {
        return new Quota("key:" + keyId + ":" + perMinute + ":" + perDay, perMinute, perDay);
    }

    /** Greedy refill over the minute; the daily quota comes back whole at each UTC midnight. */
    BucketConfiguration configuration() {
        var builder = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)));
        if (perDay > 0) {
            Instant midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            builder.addLimit(limit -> limit.capacity(perDay).refillIntervallyAligned(perDay, Duration.ofDays(1), midnight));
        }
        return builder.build();
    }

    /**
     * How many tokens one replica takes from the shared bucket at a time, so that most requests are decided in memory:
     * a hundredth of the smaller limit (at most 1000), so that no replica holds a large share of a small daily quota.
     * Below 100 every request asks the database.
     */
    long batch() {
        long smaller = perDay > 0 ? Math.min(perMinute, perDay) : perMinute;
        return Math.max(1, Math.min(1000, smaller / 100));
    }
}

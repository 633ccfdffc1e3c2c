package org.bonemet.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bonemet.system.ApiConfig;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** A token bucket per client address; the least recently seen clients are forgotten beyond the configured number. */
@ApplicationScoped
public class RateLimiter {

    /** What one request costs a client: whether it may proceed, and the RateLimit header values. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    @Inject
    Instance<ApiConfig> config;

    private volatile Map<String, Bucket> buckets;

    public boolean enabled() {
        return config.get().rateLimit().enabled();
    }

    public Decision decide(String client) {
        ApiConfig.RateLimit limit = config.get().rateLimit();
        ConsumptionProbe probe = buckets(limit).computeIfAbsent(client == null ? "unknown" : client, c -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requestsPerMinute()).refillGreedy(limit.requestsPerMinute(), Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), limit.requestsPerMinute(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    private Map<String, Bucket> buckets(ApiConfig.RateLimit limit) {
        if (buckets == null) {
            synchronized (this) {
                if (buckets == null) {
                    buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                            return size() > limit.maxClients();
                        }
                    });
                }
            }
        }
        return buckets;
    }
}

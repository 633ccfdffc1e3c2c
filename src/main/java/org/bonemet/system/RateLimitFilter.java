package org.bonemet.system;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bonemet.content.Views;
import org.bonemet.problem.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A token bucket per client address for the API paths; health, metrics and docs are never limited. */
public class RateLimitFilter {

    // Resolved per call: Quarkus creates filters at static init, before runtime configuration mappings exist.
    @Inject
    Instance<ApiConfig> config;

    private volatile Map<String, Bucket> buckets;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(HttpServerRequest request) {
        ApiConfig.RateLimit limit = config.get().rateLimit();
        if (!limit.enabled() || !request.path().startsWith(Views.API)) {
            return Optional.empty();
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        ConsumptionProbe probe = buckets(limit).computeIfAbsent(client, c -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requestsPerMinute()).refillGreedy(limit.requestsPerMinute(), Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            request.response().putHeader("RateLimit-Limit", String.valueOf(limit.requestsPerMinute()))
                    .putHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()))
                    .putHeader("RateLimit-Reset", String.valueOf(seconds(probe.getNanosToWaitForReset())));
            return Optional.empty();
        }
        long seconds = seconds(probe.getNanosToWaitForRefill());
        return Optional.of(Response.fromResponse(ProblemMapper.problem(429,
                "Too many requests from this client; at most " + limit.requestsPerMinute() + " a minute.", request, null))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .header("RateLimit-Limit", limit.requestsPerMinute())
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", seconds(probe.getNanosToWaitForReset())).build());
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

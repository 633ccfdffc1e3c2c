package org.bonemet.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.bonemet.system.ApiConfig;
import org.jboss.logging.Logger;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rate limit shared by all replicas: token buckets in PostgreSQL (bucket4j), drawn on in batches so that most
 * requests are decided in memory ({@link Allowances}). When the database is unreachable ({@link Store}), requests go
 * through without a limit (fail open) and {@code bonemet_rate_limit_unlimited_total} counts them.
 */
@ApplicationScoped
public class SharedLimiter {

    private static final Logger LOG = Logger.getLogger(SharedLimiter.class);

    @Inject
    ApiConfig config;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;
    @Inject
    Store store;

    private Allowances allowances;
    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private Counter unlimited;
    /** The buckets this replica is asking the store about right now, with the answer's arrival. */
    private final Map<String, Future<Void>> inFlight = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        allowances = new Allowances(config.rateLimit().maxClients());
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        unlimited = Counter.builder("bonemet.rate.limit.unlimited")
                .description("Requests let through without a rate limit because the shared bucket store did not answer")
                .register(registry);
    }

    /**
     * Decides one request of {@code quota}'s client; completes on the caller's event loop and never fails. One request
     * per bucket asks the store at a time: the others that find no token meanwhile wait for its answer and then try this
     * replica's allowance again, so that a busy client does not send its whole burst to the same database row.
     */
    public Future<Decision> decide(Quota quota) {
        Decision local = allowances.spend(quota, System.nanoTime());
        if (local != null) {
            if (allowances.runningLow(quota)) {
                topUp(quota);
            }
            return Future.succeededFuture(local);
        }
        Promise<Void> asking = Promise.promise();
        Future<Void> pending = inFlight.putIfAbsent(quota.bucket(), asking.future());
        if (pending != null) {
            Context context = Vertx.currentContext();
            Promise<Decision> decided = Promise.promise();
            pending.onComplete(done -> {
                if (context == null) {
                    decide(quota).onComplete(decided);
                } else {
                    context.runOnContext(v -> decide(quota).onComplete(decided));
                }
            });
            return decided.future();
        }
        long want = allowances.want(quota);
        return store.ask(() -> take(quota, want)).map(grant -> {
            if (grant.isEmpty()) {
                unlimited.increment();
                return Decision.unlimited();
            }
            return allowances.granted(quota, grant.get(), System.nanoTime());
        }).onComplete(done -> {
            inFlight.remove(quota.bucket(), asking.future());
            asking.complete();
        });
    }

    /** Takes the next batch in the background, unless this bucket is being asked about already. */
    private void topUp(Quota quota) {
        Promise<Void> asking = Promise.promise();
        if (inFlight.putIfAbsent(quota.bucket(), asking.future()) != null) {
            return;
        }
        long want = quota.batch();
        store.ask(() -> take(quota, want)).onComplete(grant -> {
            if (grant.succeeded() && grant.result().isPresent()) {
                allowances.topUp(quota, grant.result().get(), System.nanoTime());
            }
            inFlight.remove(quota.bucket(), asking.future());
            asking.complete();
        });
    }

    private Allowances.Grant take(Quota quota, long want) {
        var bucket = buckets.builder().build(quota.bucket(), quota::configuration);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(want);
        long granted = want;
        if (!probe.isConsumed() && want > 1) {
            probe = bucket.tryConsumeAndReturnRemaining(1);
            granted = 1;
        }
        return new Allowances.Grant(probe.isConsumed() ? granted : 0, probe.getRemainingTokens(), probe.getNanosToWaitForReset(),
                probe.getNanosToWaitForRefill());
    }

    /** Removes the buckets of clients that have been away long enough to be full again; every replica may run it. */
    @Scheduled(every = "1m", delay = 1, delayUnit = TimeUnit.MINUTES, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeFullBuckets() {
        if (!config.rateLimit().enabled()) {
            return;
        }
        try {
            while (buckets.removeExpired(1000) == 1000) {
                // a large backlog goes in batches, each its own short transaction
            }
        } catch (RuntimeException e) {
            LOG.debugf("Expired rate-limit buckets not removed this time: %s", e.getMessage());
        }
    }
}

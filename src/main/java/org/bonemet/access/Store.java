package org.bonemet.access;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Asks the database on behalf of a request without letting it hold the request up: on a few worker threads of its
 * own (so that a database that stops answering cannot take the threads the REST layer needs), within {@link #BUDGET}.
 * A failure or a late answer marks the store unreachable for {@link #PAUSE}, during which nobody waits for it; the
 * caller then goes on without the answer (fails open), and a question still queued when its request has been answered
 * is dropped. The gauge {@code bonemet_access_store_up} and one log line per outage say when that happens.
 */
@ApplicationScoped
public class Store {

    private static final Logger LOG = Logger.getLogger(Store.class);
    static final Duration BUDGET = Duration.ofMillis(500);
    static final Duration PAUSE = Duration.ofSeconds(5);
    private static final int THREADS = 4;

    @Inject
    MeterRegistry registry;

    @Inject
    Vertx vertx;

    private final AtomicBoolean outage = new AtomicBoolean();
    private volatile long pausedUntil = System.nanoTime();
    private WorkerExecutor workers;

    @PostConstruct
    void init() {
        registry.gauge("bonemet.access.store.up", outage, o -> o.get() ? 0 : 1);
        workers = vertx.createSharedWorkerExecutor("bonemet-access-store", THREADS);
    }

    @PreDestroy
    void close() {
        workers.close();
    }

    /** The answer of {@code query}, or empty when the store is unreachable; completes on the caller's event loop, never fails. */
    <T> Future<Optional<T>> ask(Callable<T> query) {
        if (System.nanoTime() - pausedUntil < 0) {
            return Future.succeededFuture(Optional.empty());
        }
        Promise<Optional<T>> answered = Promise.promise();
        long timer = vertx.setTimer(BUDGET.toMillis(), id -> {
            if (answered.tryComplete(Optional.empty())) {
                unreachable("no answer within " + BUDGET.toMillis() + " ms");
            }
        });
        workers.<T>executeBlocking(() -> answered.future().isComplete() ? null : query.call(), false).onComplete(result -> {
            vertx.cancelTimer(timer);
            if (result.succeeded()) {
                if (answered.tryComplete(Optional.ofNullable(result.result())) && outage.compareAndSet(true, false)) {
                    LOG.info("The database answers the rate limiter again; limits and key checks apply once more.");
                }
            } else if (answered.tryComplete(Optional.empty())) {
                unreachable(result.cause().toString());
            }
        });
        return answered.future();
    }

    private void unreachable(String reason) {
        pausedUntil = System.nanoTime() + PAUSE.toNanos();
        if (outage.compareAndSet(false, true)) {
            LOG.warnf("The database does not answer the rate limiter (%s): requests go through without a limit, keys not held in "
                    + "memory count as absent, and it is asked again every %d s.", reason, PAUSE.toSeconds());
        }
    }
}

package org.bonemet.access;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Counts the requests of each key: per UTC day in {@code api_key_usage} (added to every 10 s and at shutdown, so that
 * every replica's share arrives and a failed write is retried, never lost), and as the Prometheus counter
 * {@code bonemet_api_key_requests_total} by key id and outcome. The secret is never a label.
 */
@ApplicationScoped
public class KeyUsage {

    private static final Logger LOG = Logger.getLogger(KeyUsage.class);

    /** One key's requests on one UTC day, let through or refused. */
    record Tally(String keyId, LocalDate day, boolean allowed) {
    }

    @Inject
    MeterRegistry registry;
    @Inject
    DataSource dataSource;

    private final Map<Tally, LongAdder> pending = new ConcurrentHashMap<>();

    void count(String keyId, String outcome) {
        Counter.builder("bonemet.api.key.requests").description("Requests sent with a partner key, by key id and outcome")
                .tag("key", keyId).tag("outcome", outcome).register(registry).increment();
        pending.computeIfAbsent(new Tally(keyId, LocalDate.now(ZoneOffset.UTC), "allowed".equals(outcome)), t -> new LongAdder())
                .increment();
    }

    /** One flush at a time (the schedule and the usage endpoint), so that no count is taken twice or dropped. */
    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void flush() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Map.Entry<Tally, LongAdder> entry : pending.entrySet()) {
            long n = entry.getValue().sumThenReset();
            if (n == 0) {
                // only a past day's counter is dropped: today's may be counting again as this runs
                if (entry.getKey().day().isBefore(today)) {
                    pending.remove(entry.getKey(), entry.getValue());
                }
                continue;
            }
            Tally t = entry.getKey();
            try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("""
                    INSERT INTO api_key_usage (key_id, day, allowed, refused) VALUES (?, ?, ?, ?)
                    ON CONFLICT (key_id, day) DO UPDATE SET allowed = api_key_usage.allowed + excluded.allowed,
                                                            refused = api_key_usage.refused + excluded.refused""")) {
                statement.setString(1, t.keyId());
                statement.setObject(2, t.day());
                statement.setLong(3, t.allowed() ? n : 0);
                statement.setLong(4, t.allowed() ? 0 : n);
                statement.executeUpdate();
            } catch (java.sql.SQLException e) {
                entry.getValue().add(n);
                LOG.warnf("Key usage not written this time, kept for the next try: %s", e.getMessage());
                return;
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }
}

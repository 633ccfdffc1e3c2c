package org.bonemet.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks the keys clients send. What a key allows is held in memory for {@link #HELD}, so that a revocation, rotation or
 * expiry made on another replica applies everywhere within that time (at once on the replica that made it).
 */
@ApplicationScoped
public class ApiKeys {

    static final Duration HELD = Duration.ofSeconds(5);

    /** The outcome of checking a sent key; {@code key} is set when the key exists. */
    public record Verdict(Outcome outcome, Holder key) {
    }

    public enum Outcome {
        VALID, UNKNOWN, REVOKED, EXPIRED,
        /** The store could not be asked: the request is treated as one without a key. */
        UNCHECKED
    }

    /** What the check needs of a key, detached from the database session. */
    public record Holder(String id, byte[] secretHash, byte[] previousHash, Instant previousValidUntil, long perMinute, long perDay,
            Instant expiresAt, boolean revoked) {

        static Holder of(ApiKey key) {
            return new Holder(key.id, key.secretHash, key.previousSecretHash,
                    key.previousValidUntil == null ? null : key.previousValidUntil.toInstant(), key.quotaPerMinute, key.quotaPerDay,
                    key.expiresAt == null ? null : key.expiresAt.toInstant(), key.revokedAt != null);
        }

        Quota quota() {
            return Quota.partner(id, perMinute, perDay);
        }
    }

    /** An absent key is held too (as empty), so that a stream of made-up ids does not reach the database each time. */
    private final Cache<String, Optional<Holder>> held = Caffeine.newBuilder().expireAfterWrite(HELD).maximumSize(10_000).build();

    @Inject
    Store store;

    public Future<Verdict> verify(Vertx vertx, KeySecret sent) {
        Optional<Holder> known = held.getIfPresent(sent.id());
        if (known != null) {
            return Future.succeededFuture(judge(known, sent, Instant.now()));
        }
        return store.ask(vertx, () -> Optional.ofNullable(QuarkusTransaction.requiringNew()
                .call(() -> ApiKey.<ApiKey>findByIdOptional(sent.id()).map(Holder::of).orElse(null)))).map(loaded -> {
                    if (loaded.isEmpty()) {
                        return new Verdict(Outcome.UNCHECKED, null);
                    }
                    held.put(sent.id(), loaded.get());
                    return judge(loaded.get(), sent, Instant.now());
                });
    }

    /** Forgets what this replica holds about a key after a change to it. */
    void forget(String id) {
        held.invalidate(id);
    }

    static Verdict judge(Optional<Holder> found, KeySecret sent, Instant now) {
        if (found.isEmpty()) {
            return new Verdict(Outcome.UNKNOWN, null);
        }
        Holder key = found.get();
        boolean current = sent.matches(key.secretHash());
        boolean previous = !current && key.previousValidUntil() != null && now.isBefore(key.previousValidUntil())
                && sent.matches(key.previousHash());
        if (!current && !previous) {
            return new Verdict(Outcome.UNKNOWN, null);
        }
        if (key.revoked()) {
            return new Verdict(Outcome.REVOKED, key);
        }
        if (key.expiresAt() != null && !now.isBefore(key.expiresAt())) {
            return new Verdict(Outcome.EXPIRED, key);
        }
        return new Verdict(Outcome.VALID, key);
    }
}

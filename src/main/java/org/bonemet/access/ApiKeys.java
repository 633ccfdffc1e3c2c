package org.bonemet.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

    /** Keys that exist, and (apart, so that made-up ids cannot push real keys out) ids that do not. */
    private final Cache<String, Holder> known = Caffeine.newBuilder().expireAfterWrite(HELD).maximumSize(10_000).build();
    private final Cache<String, Boolean> absent = Caffeine.newBuilder().expireAfterWrite(HELD).maximumSize(10_000).build();

    @Inject
    Store store;

    /** The verdict on a key from what this replica holds, or null when the database must be asked ({@link #verify}). */
    public Verdict held(KeySecret sent) {
        Holder key = known.getIfPresent(sent.id());
        if (key != null) {
            return judge(Optional.of(key), sent, Instant.now());
        }
        return absent.getIfPresent(sent.id()) != null ? new Verdict(Outcome.UNKNOWN, null) : null;
    }

    /** Asks the database about a key this replica does not hold; completes on the caller's event loop, never fails. */
    public Future<Verdict> verify(KeySecret sent) {
        Verdict held = held(sent);
        if (held != null) {
            return Future.succeededFuture(held);
        }
        return store.ask(() -> Optional.ofNullable(QuarkusTransaction.requiringNew()
                .call(() -> ApiKey.<ApiKey>findByIdOptional(sent.id()).map(Holder::of).orElse(null)))).map(loaded -> {
                    if (loaded.isEmpty()) {
                        return new Verdict(Outcome.UNCHECKED, null);
                    }
                    loaded.get().ifPresentOrElse(key -> known.put(key.id(), key), () -> absent.put(sent.id(), Boolean.TRUE));
                    return judge(loaded.get(), sent, Instant.now());
                });
    }

    /** A key was changed: once the change is committed, this replica forgets what it held about it. */
    record Changed(String id) {
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        known.invalidate(change.id());
        absent.invalidate(change.id());
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

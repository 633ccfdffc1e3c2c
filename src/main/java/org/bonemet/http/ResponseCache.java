package org.bonemet.http;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.bonemet.system.ApiConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The representations of published content as last sent, by request (and evaluations and the bundle by what they
 * depend on): repeated GETs and revalidations are answered from memory. Everything is dropped when content is
 * published (here or, through the change cursor, on another replica); an entry made from content older than the
 * last drop is ignored.
 */
@ApplicationScoped
public class ResponseCache {

    private final AtomicLong generation = new AtomicLong();
    /** Keys asked for once (16,384 slots). */
    private final Doorkeeper askedOnce = new Doorkeeper(14);
    private volatile Cache<String, Representation> entries;

    @Inject
    Instance<ApiConfig> config;

    private Cache<String, Representation> entries() {
        Cache<String, Representation> current = entries;
        if (current == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = Caffeine.newBuilder()
                            .maximumWeight(config.get().responseCacheMaxBytes())
                            .weigher((String key, Representation entry) -> key.length() + entry.body().length
                                    + (entry.gzip() == null ? 0 : entry.gzip().length))
                            .build();
                }
                current = entries;
            }
        }
        return current;
    }

    /** What a response depends on: the path and query exactly as sent, and the negotiated language. */
    public static String key(String rawPath, String rawQuery, String language) {
        return rawPath + '?' + (rawQuery == null ? "" : rawQuery) + '|' + language;
    }

    /** The generation to hand back to {@link #put}: content read after this call is at least this new. */
    public long generation() {
        return generation.get();
    }

    /** The representation kept under {@code key}, unless content was published since it was made. */
    public Representation get(String key) {
        Representation entry = entries().getIfPresent(key);
        return entry == null || entry.generation() != generation.get() ? null : entry;
    }

    /** Keeps a representation, unless content was published since it was made. */
    public void put(String key, Representation entry) {
        if (entry.generation() == generation.get()) {
            entries().put(key, entry);
        }
    }

    /**
     * Keeps a representation made for a request that may never come again (an evaluation of a new profile) only when
     * its key was asked for before, not long ago (see {@link #askedAgain}).
     */
    public void putWhenAskedAgain(String key, Representation entry) {
        if (askedAgain(key)) {
            put(key, entry);
        }
    }

    /**
     * Whether {@code key} was asked for before, not long ago; notes that it was asked now. Answers to requests that are
     * mostly new (evaluations of new profiles, new search queries) are kept only from their second time: keeping every
     * first answer kept each one alive long enough to be copied into the old generation, and a stream of new requests
     * then cost a full collection every few hundred milliseconds ({@link Doorkeeper}).
     */
    public boolean askedAgain(String key) {
        return askedOnce.askedAgain(key);
    }

    /**
     * The representation under {@code key}, made by {@code load} (given the current generation) when missing or older
     * than the last publication. Concurrent callers for one key wait for a single load instead of each making it.
     */
    public Representation answer(String key, LongFunction<Representation> load) {
        return entries().asMap().compute(key, (k, kept) -> kept != null && kept.generation() == generation.get() ? kept
                : load.apply(generation.get()));
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries().invalidateAll();
    }
}

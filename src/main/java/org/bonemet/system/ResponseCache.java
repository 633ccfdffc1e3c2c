package org.bonemet.system;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The serialised bytes and entity tags of published content as last sent, by request: repeated GETs and
 * revalidations are answered from memory. Everything is dropped when content is published (here or, through
 * the change cursor, on another replica); an entry made from content older than the last drop is ignored.
 */
@ApplicationScoped
public class ResponseCache {

    /** A response as sent: its bytes, the same gzip-compressed when worth it (else null), its tag and language. */
    public record Entry(byte[] body, byte[] gzip, String etag, String contentLanguage, long generation) {

        /** Whether to send the compressed bytes to a client with this Accept-Encoding. */
        public boolean sendsGzip(String acceptEncoding) {
            return gzip != null && ContentCachingFilter.acceptsGzip(acceptEncoding);
        }

        /** The tag of the representation sent: the compressed one has its own. */
        public String etag(boolean gzipped) {
            return gzipped ? ContentCachingFilter.gzipTag(etag) : etag;
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private volatile Cache<String, Entry> entries;

    @Inject
    Instance<ApiConfig> config;

    private Cache<String, Entry> entries() {
        Cache<String, Entry> current = entries;
        if (current == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = Caffeine.newBuilder()
                            .maximumWeight(config.get().responseCacheMaxBytes())
                            .weigher((String key, Entry entry) -> key.length() + entry.body().length
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

    public Entry get(String key) {
        Entry entry = entries().getIfPresent(key);
        return entry == null || entry.generation() != generation.get() ? null : entry;
    }

    public void put(String key, Entry entry) {
        if (entry.generation() == generation.get()) {
            entries().put(key, entry);
        }
    }

    public void invalidate() {
        generation.incrementAndGet();
        entries().invalidateAll();
    }
}

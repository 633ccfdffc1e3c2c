package org.bonemet.http;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.bonemet.content.Views;

/**
 * The one place that writes the caching and language headers of a content response, for the fast route
 * ({@link MemoryRoute}) and the REST path ({@link ContentCachingFilter}) alike, and decides 304.
 */
public final class CachingHeaders {

    public static final String VARY = "Accept-Language, Accept-Encoding";
    /** JSON is UTF-8 by definition (RFC 8259), so no charset parameter. */
    public static final String JSON = "application/json";
    private static final String DRAFTS = Views.API + "/drafts";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private CachingHeaders() {
    }

    /** Drafts are for signed-in editors: no shared cache may keep them, and they are never served from memory. */
    public static boolean isPrivate(String path) {
        return REPEATED_SLASHES.matcher(path).replaceAll("/").startsWith(DRAFTS);
    }

    static String cacheControl(boolean isPrivate, int maxAgeSeconds) {
        return isPrivate ? "private, no-cache" : "public, max-age=" + maxAgeSeconds;
    }

    /**
     * Writes Content-Type, ETag, Cache-Control, Vary and Content-Language for {@code representation} sent plain or compressed, and
     * says whether the client's {@code If-None-Match} still names it (then the answer is 304 without a body).
     */
    public static boolean write(BiConsumer<String, String> header, Representation representation, boolean gzip, boolean isPrivate,
            int maxAgeSeconds, String ifNoneMatch) {
        header.accept("Content-Type", JSON);
        header.accept("ETag", representation.etag(gzip));
        header.accept("Cache-Control", cacheControl(isPrivate, maxAgeSeconds));
        header.accept("Vary", VARY);
        header.accept("Content-Language", representation.contentLanguage());
        return Representation.matches(ifNoneMatch, representation.etag());
    }
}

package org.bonemet.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives every successful content GET a strong ETag computed from the exact bytes sent, the caching and
 * language headers, and answers a matching {@code If-None-Match} with 304 and no body. Public GETs are kept
 * in the {@link ResponseCache}, from which {@link MemoryRoute} answers repeats and revalidations.
 */
public class ContentCachingFilter {

    @Inject
    ObjectMapper mapper;
    // Resolved per call: Quarkus creates filters at static init, before runtime configuration mappings exist.
    @Inject
    Instance<ApiConfig> config;
    @Inject
    RequestLanguage lang;

    @Inject
    ResponseCache responses;

    private static final String KEY = ContentCachingFilter.class.getName() + ".key";
    private static final String GENERATION = ContentCachingFilter.class.getName() + ".generation";

    /** Notes what a public GET's response will be kept under; {@link MemoryRoute} answers the repeats. */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public void remember(ContainerRequestContext request) {
        String path = rawPath(request);
        // Only what anyone may read is kept: never a response to a signed-in request, and privacy is judged on the
        // path as routed (decoded), so that /api/v1/%64rafts is a draft path too.
        if ("GET".equals(request.getMethod()) && path.startsWith(Views.API) && !isPrivate(request)
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.setProperty(KEY, ResponseCache.key(path, request.getUriInfo().getRequestUri().getRawQuery(), lang.requested()));
            request.setProperty(GENERATION, responses.generation());
        }
    }

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String path = rawPath(request);
        if (response.getStatus() != 200 || !response.hasEntity() || !path.startsWith(Views.API)) {
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // evaluations are not cacheable, but say their language like every response with text (and may be compressed)
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
            response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
            return;
        }
        byte[] body = mapper.writeValueAsBytes(response.getEntity());
        String acceptEncoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        boolean kept = request.getProperty(KEY) instanceof String && request.getProperty(GENERATION) instanceof Long;
        // compressed only when the copy will be kept or sent now
        byte[] gzip = kept || acceptsGzip(acceptEncoding) ? compressed(body) : null;
        ResponseCache.Entry entry = new ResponseCache.Entry(body, gzip, etag(body), lang.contentLanguage(),
                kept ? (Long) request.getProperty(GENERATION) : 0);
        if (kept) {
            responses.put((String) request.getProperty(KEY), entry);
        }
        String etag = entry.etag();
        boolean compressed = entry.sendsGzip(acceptEncoding);
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, entry.etag(compressed));
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(isPrivate(request), config.get().cacheMaxAgeSeconds()));
        headers.putSingle(HttpHeaders.VARY, VARY);
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        if (compressed) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        response.setEntity(compressed ? gzip : body, null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The path as sent: decoding it could fail on a malformed escape, which is the resource's to report. */
    private static String rawPath(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    public static final String GZIP = "gzip";
    static final String VARY = "Accept-Language, Accept-Encoding";
    private static final String DRAFTS = Views.API + "/drafts";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    /** Below about one network packet compression saves nothing worth its time. */
    private static final int GZIP_THRESHOLD = 1400;

    /** Drafts are for signed-in editors: no shared cache may keep them, and they are never served from memory. */
    static boolean isPrivate(String path) {
        return REPEATED_SLASHES.matcher(path).replaceAll("/").startsWith(DRAFTS);
    }

    /** Whether the request is for a private path, judged on the raw and on the routed (decoded) path. */
    private static boolean isPrivate(ContainerRequestContext request) {
        if (isPrivate(rawPath(request))) {
            return true;
        }
        try {
            return isPrivate(request.getUriInfo().getPath());
        } catch (IllegalArgumentException malformed) {
            return false; // not routable, so nothing is served or kept
        }
    }

    static String cacheControl(boolean isPrivate, int maxAgeSeconds) {
        return isPrivate ? "private, no-cache" : "public, max-age=" + maxAgeSeconds;
    }

    public static boolean acceptsGzip(String accept) {
        if (accept == null) {
            return false;
        }
        return Arrays.stream(accept.split(",")).map(String::trim).anyMatch(coding -> {
            String[] parts = coding.split(";");
            if (!parts[0].trim().equalsIgnoreCase(GZIP) && !parts[0].trim().equals("*")) {
                return false;
            }
            return Arrays.stream(parts).skip(1).map(String::trim).noneMatch(p -> p.matches("q=0(\\.0{0,3})?"));
        });
    }

    /** The compressed representation is another representation, so it gets its own strong tag (as Apache httpd does). */
    static String gzipTag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** The gzip-compressed copy of a response worth compressing, else null. */
    public static byte[] compressed(byte[] body) {
        if (body.length < GZIP_THRESHOLD) {
            return null;
        }
        var out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter, and the tags of the
     * plain and the compressed representation name the same content.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.endsWith("-gz\"") ? tag.substring(0, tag.length() - 4) + '"' : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** The strong entity tag of a representation: a digest of its exact bytes. */
    public static String etag(byte[] body) {
        return '"' + digest(body) + '"';
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

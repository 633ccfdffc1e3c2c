package org.bonemet.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A response body as sent, built once: its bytes, the same gzip-compressed when worth it (else null), its strong
 * entity tag (null for an evaluation's answer, which is never sent with one), its language and the cache generation
 * it was made in. Content GETs, evaluations and the bundle are all answered from one of these, on the fast route and
 * on the REST path alike. A GET's representation kept for the fast route also names the route template of the
 * resource that made it ({@code /api/v1/sites/{id}}, else null), so that its repeats are counted in the HTTP metrics
 * under the same route.
 */
public record Representation(byte[] body, byte[] gzip, String etag, String contentLanguage, long generation, String route) {

    public static final String GZIP = "gzip";
    /** Below about one network packet compression saves nothing worth its time. */
    private static final int GZIP_THRESHOLD = 1400;

    /** The representation of {@code body}, compressed now when {@code compress} and worth it. */
    public static Representation of(byte[] body, String contentLanguage, long generation, boolean compress) {
        return new Representation(body, compress ? compressed(body) : null, tag(body), contentLanguage, generation, null);
    }

    /**
     * The representation of an answer to a POST: it is never sent with an ETag, so its bytes are not hashed (for an
     * evaluation of a new profile, hashing its 40 KB cost about a tenth of the request).
     */
    public static Representation untagged(byte[] body, String contentLanguage, long generation) {
        return new Representation(body, null, null, contentLanguage, generation, null);
    }

    /** This representation with its compressed copy, made now if it is worth making and not made yet. */
    public Representation withGzip() {
        if (gzip != null) {
            return this;
        }
        byte[] compressed = compressed(body);
        return compressed == null ? this : new Representation(body, compressed, etag, contentLanguage, generation, route);
    }

    /** This representation naming the route template of the resource that made it. */
    public Representation routed(String template) {
        return new Representation(body, gzip, etag, contentLanguage, generation, template);
    }

    /** Whether to send the compressed bytes to a client with this Accept-Encoding. */
    public boolean sendsGzip(String acceptEncoding) {
        return gzip != null && acceptsGzip(acceptEncoding);
    }

    /** The tag of the representation sent: the compressed one is another representation with its own (as Apache httpd does). */
    public String etag(boolean gzipped) {
        return gzipped ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
    }

    /** The bytes to send to a client with this Accept-Encoding. */
    public byte[] bytes(boolean gzipped) {
        return gzipped ? gzip : body;
    }

    /** Whether the client accepts gzip (a q of 0 refuses it). */
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

    /** The strong entity tag of a body: a digest of its exact bytes. */
    public static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] compressed(byte[] body) {
        if (body.length < GZIP_THRESHOLD) {
            return null;
        }
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}

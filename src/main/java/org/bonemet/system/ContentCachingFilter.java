package org.bonemet.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.bonemet.content.Lang;
import org.bonemet.content.Views;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Gives every successful content GET a strong ETag computed from the exact bytes sent, the caching and
 * language headers, and answers a matching {@code If-None-Match} with 304 and no body. Public GETs are kept
 * in the {@link ResponseCache}, so that repeats and revalidations do not touch the database.
 */
public class ContentCachingFilter {

    @Inject
    ObjectMapper mapper;
    // Resolved per call: Quarkus creates filters at static init, before runtime configuration mappings exist.
    @Inject
    Instance<ApiConfig> config;
    @Inject
    Lang lang;

    @Inject
    ResponseCache responses;

    private static final String KEY = ContentCachingFilter.class.getName() + ".key";
    private static final String GENERATION = ContentCachingFilter.class.getName() + ".generation";
    private static final String HIT = ContentCachingFilter.class.getName() + ".hit";

    /** Answers a repeated public GET from memory: 304 when the client's tag still matches, else the stored bytes. */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Optional<Response> fromMemory(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || !path.startsWith(Views.API) || path.startsWith(Views.API + "/drafts")) {
            return Optional.empty();
        }
        String key = path + '?' + request.getUriInfo().getRequestUri().getRawQuery() + '|' + lang.requested();
        request.setProperty(KEY, key);
        request.setProperty(GENERATION, responses.generation());
        ResponseCache.Entry entry = responses.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        request.setProperty(HIT, Boolean.TRUE);
        Response.ResponseBuilder answer = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag())
                ? Response.notModified()
                : Response.ok(entry.body(), MediaType.APPLICATION_JSON_TYPE);
        return Optional.of(answer.header(HttpHeaders.ETAG, entry.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.VARY, "Accept-Language")
                .header(HttpHeaders.CONTENT_LANGUAGE, entry.contentLanguage())
                .build());
    }

    private String cacheControl() {
        return "public, max-age=" + config.get().cacheMaxAgeSeconds();
    }

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (request.getProperty(HIT) != null || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith(Views.API)) {
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // evaluations are not cacheable, but say their language like every response with text
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
            return;
        }
        byte[] body = mapper.writeValueAsBytes(response.getEntity());
        String etag = etag(body);
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        headers.putSingle(HttpHeaders.VARY, "Accept-Language");
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
        if (request.getProperty(KEY) instanceof String key && request.getProperty(GENERATION) instanceof Long generation) {
            responses.put(key, new ResponseCache.Entry(body, etag, lang.contentLanguage(), generation));
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): a W/ prefix does not matter. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
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

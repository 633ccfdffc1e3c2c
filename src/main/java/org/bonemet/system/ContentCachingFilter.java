package org.bonemet.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import org.bonemet.content.Lang;
import org.bonemet.content.Views;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Gives every successful content GET a strong ETag computed from the exact bytes sent, the caching and
 * language headers, and answers a matching {@code If-None-Match} with 304 and no body.
 */
public class ContentCachingFilter {

    @Inject
    ObjectMapper mapper;
    // Resolved per call: Quarkus creates filters at static init, before runtime configuration mappings exist.
    @Inject
    Instance<ApiConfig> config;
    @Inject
    Lang lang;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (response.getStatus() != 200 || !response.hasEntity() || !request.getUriInfo().getPath().startsWith(Views.API)) {
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // evaluations are not cacheable, but say their language like every response with text
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept-Language");
            return;
        }
        byte[] body = mapper.writeValueAsBytes(response.getEntity());
        String etag = '"' + digest(body) + '"';
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.get().cacheMaxAgeSeconds());
        headers.putSingle(HttpHeaders.VARY, "Accept-Language");
        headers.putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
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

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

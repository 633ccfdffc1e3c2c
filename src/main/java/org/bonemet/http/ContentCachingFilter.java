package org.bonemet.http;

import java.io.IOException;

import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.system.ApiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The REST path of a content response: turns a successful GET's entity into its {@link Representation} (or takes
 * the one the resource built), keeps public ones in the {@link ResponseCache} for {@link MemoryRoute}, writes the
 * caching headers through {@link CachingHeaders} and answers a matching {@code If-None-Match} with 304.
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
    @Inject
    CurrentVertxRequest vertxRequest;

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
        // a resource that chose its own caching (the administration's no-store) is left alone
        if (response.getStatus() != 200 || !response.hasEntity() || !path.startsWith(Views.API)
                || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            // evaluations are not cacheable, but say their language like every response with text (and may be compressed)
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, lang.contentLanguage());
            response.getHeaders().putSingle(HttpHeaders.VARY, CachingHeaders.VARY);
            return;
        }
        String acceptEncoding = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        boolean kept = request.getProperty(KEY) instanceof String key && request.getProperty(GENERATION) instanceof Long
                && (!isQuery(path) || responses.askedAgain(key));
        long generation = kept ? (Long) request.getProperty(GENERATION) : 0;
        Representation representation;
        if (response.getEntity() instanceof Representation built) {
            representation = kept || Representation.acceptsGzip(acceptEncoding) ? built.withGzip() : built;
        } else {
            // compressed only when the copy will be kept or sent now
            representation = Representation.of(mapper.writeValueAsBytes(response.getEntity()), lang.contentLanguage(), generation,
                    kept || Representation.acceptsGzip(acceptEncoding));
        }
        if (kept) {
            responses.put((String) request.getProperty(KEY), representation.routed(MemoryRoute.route(vertxRequest.getCurrent())));
        }
        boolean gzip = representation.sendsGzip(acceptEncoding);
        var headers = response.getHeaders();
        if (CachingHeaders.write(headers::putSingle, representation, gzip, isPrivate(request), config.get().cacheMaxAgeSeconds(),
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        if (gzip) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, Representation.GZIP);
        }
        response.setEntity(representation.bytes(gzip), null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** Search and suggestions: mostly new questions, kept from the second time they are asked. */
    private static boolean isQuery(String path) {
        return path.equals(Views.API + "/search") || path.equals(Views.API + "/suggest");
    }

    /** The path as sent: decoding it could fail on a malformed escape, which is the resource's to report. */
    private static String rawPath(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    /** Whether the request is for a private path, judged on the raw and on the routed (decoded) path. */
    private static boolean isPrivate(ContainerRequestContext request) {
        if (CachingHeaders.isPrivate(rawPath(request))) {
            return true;
        }
        try {
            return CachingHeaders.isPrivate(request.getUriInfo().getPath());
        } catch (IllegalArgumentException malformed) {
            return false; // not routable, so nothing is served or kept
        }
    }
}

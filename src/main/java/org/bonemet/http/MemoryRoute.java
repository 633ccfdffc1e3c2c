package org.bonemet.http;

import org.bonemet.content.EmptyParameterFilter;
import org.bonemet.content.Languages;
import org.bonemet.content.Views;
import org.bonemet.system.ApiConfig;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Answers repeated public GETs straight from the {@link ResponseCache}, in front of the REST layer: the stored
 * bytes (gzip-compressed when accepted) or 304 when the client's tag still matches, with the same headers the
 * REST layer sends. Anything it cannot answer exactly as the REST layer would (a first request, a private path,
 * an invalid parameter, an Accept it does not satisfy) goes on to the REST layer unchanged.
 */
@ApplicationScoped
public class MemoryRoute {

    /** Before the REST layer's route, after the HTTP layer's own handlers (CORS, security headers) and the access check. */
    static final int ORDER = -1;

    @Inject
    ResponseCache responses;
    @Inject
    Instance<ApiConfig> config;

    void register(@Observes Router router) {
        router.route(HttpMethod.GET, Views.API + "/*").order(ORDER).handler(this::serve);
    }

    void serve(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        String path = request.path();
        Representation entry = CachingHeaders.isPrivate(path) || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))
                || !EmptyParameterFilter.problems(request).isEmpty() ? null : lookup(request, path);
        if (entry == null) {
            routing.next();
            return;
        }
        HttpServerResponse response = routing.response();
        boolean gzip = entry.sendsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.putHeader(RequestIdFilter.HEADER, RequestIdFilter.id(request.getHeader(RequestIdFilter.HEADER)));
        if (CachingHeaders.write(response::putHeader, entry, gzip, false, config.get().cacheMaxAgeSeconds(),
                request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, Representation.GZIP);
        }
        response.end(Buffer.buffer(entry.bytes(gzip)));
    }

    private Representation lookup(HttpServerRequest request, String path) {
        String language;
        try {
            language = Languages.negotiate(request.getParam("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException e) {
            return null; // an unsupported language is the REST layer's to refuse
        }
        return responses.get(ResponseCache.key(path, request.query(), language));
    }

    /** No Accept, or one that names JSON or a wildcard (quality values are left to the REST layer: then it answers). */
    static boolean acceptsJson(String accept) {
        return accept == null || (!accept.contains(";q=0") && (accept.contains("application/json") || accept.contains("*/*")
                || accept.contains("application/*")));
    }
}

package org.bonemet.http;

import org.bonemet.content.EmptyParameterFilter;
import org.bonemet.content.Languages;
import org.bonemet.content.Views;
import org.bonemet.system.ApiConfig;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
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

    /**
     * Right after the access check ({@link org.bonemet.access.AccessRoute#ORDER}), after the HTTP layer's CORS and
     * security headers, and before authentication and the REST layer. Quarkus REST's own handler right after
     * authentication (at {@code -AUTHENTICATION + 1}) matches every request against all resources again to name its
     * route for the metrics, a third of a 304's time when this route came after it. A repeat names its route from
     * the entry it is answered from instead.
     */
    public static final int ORDER = -SecurityHandlerPriorities.AUTHENTICATION - 10;

    /** Where the REST layer notes a request's route template for the HTTP metrics (Quarkus's ObservabilityUtil). */
    private static final String ROUTE = "UrlPathTemplate";

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
        if (entry.route() != null) {
            requestContext(routing).putLocal(ROUTE, entry.route());
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

    /** The route template the REST layer noted for this request ({@code /api/v1/sites/{id}}), or null. */
    static String route(RoutingContext routing) {
        return routing == null ? null : requestContext(routing).getLocal(ROUTE);
    }

    private static Context requestContext(RoutingContext routing) {
        return ((HttpServerRequestInternal) routing.request()).context();
    }

    /** No Accept, or one that names JSON or a wildcard (quality values are left to the REST layer: then it answers). */
    static boolean acceptsJson(String accept) {
        return accept == null || (!accept.contains(";q=0") && (accept.contains("application/json") || accept.contains("*/*")
                || accept.contains("application/*")));
    }
}

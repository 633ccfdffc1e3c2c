package org.bonemet.http;

import java.util.Optional;

import org.bonemet.content.Views;
import org.bonemet.problem.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Applies the per-client rate limit to the API paths; health, metrics and docs are never limited. */
public class RateLimitFilter {

    /** Where the memory route leaves its decision, so that a request is counted once. */
    static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(HttpServerRequest request, RoutingContext routing) {
        String path = request.path();
        if (!limiter.enabled() || !(path.startsWith(Views.API) || path.startsWith("/fhir") || path.startsWith("/cds-services"))) {
            return Optional.empty();
        }
        RateLimiter.Decision decision = routing.get(DECISION);
        if (decision == null) {
            decision = limiter.decide(request.remoteAddress() == null ? null : request.remoteAddress().host());
        }
        if (decision.allowed()) {
            headers(request, decision);
            return Optional.empty();
        }
        String detail = "Too many requests from this client; at most " + decision.limit() + " a minute.";
        // the FHIR facade answers every failure as an OperationOutcome
        Response refusal = path.startsWith("/fhir") ? Response.status(429).type("application/fhir+json").entity("{\"resourceType\":"
                + "\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"throttled\",\"diagnostics\":\"" + detail + "\"}]}").build()
                : ProblemMapper.problem(429, detail, request, null);
        return Optional.of(Response.fromResponse(refusal)
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .header("RateLimit-Limit", decision.limit())
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", decision.resetSeconds()).build());
    }

    static void headers(HttpServerRequest request, RateLimiter.Decision decision) {
        request.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
    }
}

package org.bonemet.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.Views;
import org.bonemet.http.MemoryRoute;
import org.bonemet.http.RequestIdFilter;
import org.bonemet.problem.Problem;
import org.bonemet.problem.ProblemMapper;
import org.bonemet.access.ApiKeys.Verdict;
import org.bonemet.system.ApiConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Admits or refuses each request to the API, the FHIR facade and the CDS service before anything else handles it:
 * it checks the partner key of {@code X-API-Key} when one is sent, then charges the request to the key's quota, or
 * without a key to the quota of the client's address. The address is the one Quarkus resolves from {@code Forwarded}
 * or {@code X-Forwarded-For} when the peer is a trusted proxy ({@code quarkus.http.proxy.*}), else the TCP peer.
 * Health, metrics and the documentation are never limited.
 */
@ApplicationScoped
public class AccessRoute {

    public static final String KEY_HEADER = "X-API-Key";
    /** Routing-context data for the access log: {@code %{d,bonemet.key}}. */
    static final String KEY_ID = "bonemet.key";
    /** After CORS, before the in-memory answers of repeated GETs, authentication and the REST layer. */
    public static final int ORDER = MemoryRoute.ORDER - 10;

    @Inject
    ApiConfig config;
    @Inject
    ApiKeys keys;
    @Inject
    SharedLimiter limiter;
    @Inject
    KeyUsage usage;
    @Inject
    ObjectMapper mapper;

    void register(@Observes Router router) {
        for (String path : List.of(Views.API + "*", "/fhir*", "/cds-services*")) {
            router.route(path).order(ORDER).handler(this::admit);
        }
    }

    void admit(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        List<String> sent = request.headers().getAll(KEY_HEADER);
        if (sent.isEmpty()) {
            charge(routing, null, Quota.anonymous(client(request), config.rateLimit().requestsPerMinute()));
            return;
        }
        Optional<KeySecret> key = sent.size() == 1 ? KeySecret.parse(sent.get(0)) : Optional.empty();
        if (key.isEmpty()) {
            refuse(routing, 400, sent.size() > 1 ? "Send one X-API-Key header, not several." : "The X-API-Key header is not a key of the form "
                    + "bmk_<id>_<secret> (" + KeySecret.MAX_LENGTH + " characters).", List.of(new FieldError(KEY_HEADER, "is malformed")));
            return;
        }
        Verdict held = keys.held(key.get());
        if (held != null) {
            decide(routing, held);
            return;
        }
        // a key this replica does not hold costs the address's quota first, so that made-up keys cannot make the
        // database look up more ids than the address may send requests
        Quota address = Quota.anonymous(client(request), config.rateLimit().requestsPerMinute());
        whenAllowed(routing, null, address, () -> keys.verify(key.get()).onSuccess(verdict -> decide(routing, verdict)));
    }

    private void decide(RoutingContext routing, Verdict verdict) {
        switch (verdict.outcome()) {
            case VALID -> {
                routing.put(KEY_ID, verdict.key().id());
                charge(routing, verdict.key().id(), verdict.key().quota());
            }
            case UNCHECKED -> routing.next(); // the address was charged, or the store is unreachable: fail open
            case REVOKED, EXPIRED -> {
                String state = verdict.outcome() == ApiKeys.Outcome.REVOKED ? "revoked" : "expired";
                routing.put(KEY_ID, verdict.key().id());
                usage.count(verdict.key().id(), state);
                refuse(routing, 401, "This API key has " + (state.equals("revoked") ? "been revoked" : "expired")
                        + "; ask the API's operator for a new one, or send no key to read within the anonymous quota.", null);
            }
            default -> refuse(routing, 401, "The X-API-Key is not a key of this service.", null);
        }
    }

    private void charge(RoutingContext routing, String keyId, Quota quota) {
        whenAllowed(routing, keyId, quota, routing::next);
    }

    /** Charges the request to {@code quota} and goes on with {@code then}, or refuses it with 429. */
    private void whenAllowed(RoutingContext routing, String keyId, Quota quota, Runnable then) {
        if (!config.rateLimit().enabled()) {
            if (keyId != null) {
                usage.count(keyId, "allowed");
            }
            then.run();
            return;
        }
        limiter.decide(quota).onSuccess(decision -> {
            if (keyId != null) {
                usage.count(keyId, decision.allowed() ? "allowed" : "over-quota");
            }
            if (decision.limited()) {
                routing.response().putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                        .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                        .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
            }
            if (decision.allowed()) {
                then.run();
                return;
            }
            routing.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            refuse(routing, 429, "Too many requests " + (keyId == null ? "from this address without a valid key" : "with this API key")
                    + "; at most " + decision.limit() + " a minute" + (quota.perDay() > 0 ? " and " + quota.perDay() + " a UTC day" : "")
                    + ". See Retry-After.", null);
        });
    }

    /** Answers here, in the API's problem format (the FHIR facade's OperationOutcome under /fhir). */
    private void refuse(RoutingContext routing, int status, String detail, List<FieldError> errors) {
        HttpServerRequest request = routing.request();
        HttpServerResponse response = routing.response().setStatusCode(status)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(RequestIdFilter.HEADER, RequestIdFilter.id(request.getHeader(RequestIdFilter.HEADER)));
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "ApiKey header=\"" + KEY_HEADER + "\"");
        }
        try {
            if (request.path().startsWith("/fhir")) {
                String code = status == 429 ? "throttled" : status == 401 ? "security" : "invalid";
                response.putHeader(HttpHeaders.CONTENT_TYPE, "application/fhir+json").end(mapper.writeValueAsString(java.util.Map.of(
                        "resourceType", "OperationOutcome",
                        "issue", List.of(java.util.Map.of("severity", "error", "code", code, "diagnostics", detail)))));
            } else {
                Problem problem = ProblemMapper.of(status, detail, request, errors);
                response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(mapper.writeValueAsString(problem));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body is always serialisable", e);
        }
    }

    /**
     * The client's address as resolved from trusted proxies. IPv6 clients are counted by their /64 network, which one
     * subscriber usually holds whole, so that walking through its addresses does not multiply the quota.
     */
    static String client(HttpServerRequest request) {
        String host = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (host == null) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length == 16) {
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return ((Inet6Address) InetAddress.getByAddress(bytes)).getHostAddress() + "/64";
            }
            return host;
        } catch (UnknownHostException e) {
            return host;
        }
    }
}

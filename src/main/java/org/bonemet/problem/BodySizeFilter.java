package org.bonemet.problem;

import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a declared body over 64 KiB with a 413 problem. The HTTP layer's own hard limit
 * (quarkus.http.limits.max-body-size) stays as the backstop for bodies without a length, answering 413 bare.
 */
public class BodySizeFilter {

    static final long MAX_BYTES = 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > MAX_BYTES) {
            return Optional.of(ProblemMapper.problem(413, "The request body is larger than the 64 KiB this API accepts.", request, null));
        }
        return Optional.empty();
    }
}

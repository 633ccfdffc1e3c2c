package org.bonemet.content;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.content.InvalidInputException.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;

/**
 * A parameter given without a value ({@code ?page} or {@code ?page=}, an empty Accept-Language) is refused
 * rather than silently read as absent: the client meant something and should learn that it was not understood.
 * So is one longer than the 200 characters the contract allows every parameter (query parameters and Accept-Language alike),
 * and one holding a NUL, which no value the API takes contains and PostgreSQL cannot store or compare. A path with a NUL
 * names nothing (slugs and codes are printable), so it is a 404 here rather than a failed query further on.
 */
public class EmptyParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseEmpty(HttpServerRequest request) {
        if (!request.path().startsWith(Views.API)) {
            return;
        }
        // the raw path: a NUL can only arrive escaped, and "%00" has no other spelling
        if (request.path().contains("%00")) {
            throw new NotFoundException();
        }
        List<FieldError> errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Every empty or overlong parameter of a request. */
    public static List<FieldError> problems(HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        request.params().forEach((name, value) -> check(errors, name, value));
        String acceptLanguage = request.getHeader("Accept-Language");
        if (acceptLanguage != null) {
            check(errors, "Accept-Language", acceptLanguage);
        }
        return errors;
    }

    private static void check(List<FieldError> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "must not be empty"));
        } else if (value.length() > Limits.MAX_PARAMETER_LENGTH) {
            errors.add(new FieldError(name, "must be at most " + Limits.MAX_PARAMETER_LENGTH + " characters"));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(new FieldError(name, "must not contain a NUL character"));
        }
    }
}

package org.bonemet.content;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.content.InvalidInputException.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * A parameter given without a value ({@code ?page} or {@code ?page=}, an empty Accept-Language) is refused
 * rather than silently read as absent: the client meant something and should learn that it was not understood.
 */
public class EmptyParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public void refuseEmpty(HttpServerRequest request) {
        if (!request.path().startsWith(Views.API)) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        request.params().forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                errors.add(new FieldError(name, "must not be empty"));
            }
        });
        String acceptLanguage = request.getHeader("Accept-Language");
        if (acceptLanguage != null && acceptLanguage.isBlank()) {
            errors.add(new FieldError("Accept-Language", "must not be empty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

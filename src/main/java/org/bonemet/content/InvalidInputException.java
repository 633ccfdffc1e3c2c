package org.bonemet.content;

import java.util.List;

/** Bad client input; the problem mapper turns it into a 400 with one entry per offending field. */
public class InvalidInputException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    public final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + " " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}

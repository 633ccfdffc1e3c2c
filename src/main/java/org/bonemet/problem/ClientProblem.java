package org.bonemet.problem;

import java.util.List;

import org.bonemet.content.InvalidInputException.FieldError;

/** A request that cannot be carried out as sent (403, 409, 412, 428, ...): a problem with its reason and, if any, the fields at fault. */
public class ClientProblem extends RuntimeException {

    public final int status;
    public final List<FieldError> errors;

    public ClientProblem(int status, String detail) {
        this(status, detail, null);
    }

    public ClientProblem(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = errors == null ? null : List.copyOf(errors);
    }
}

package org.bonemet.problem;

import java.util.List;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The one place that turns failures into RFC 9457 problems; never exposes exception classes or traces. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpServerRequest request) {
        return problem(400, "The request has invalid input.", request, e.errors);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(400, "The request has invalid input.", request, errors);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        String detail = e instanceof UnknownResourceException ? e.getMessage() : detail(status);
        Response response = problem(status, detail, request, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unhandled error on %s %s", request.method(), request.path());
        return problem(500, "An unexpected error occurred; it has been logged.", request, null);
    }

    public static Response problem(int status, String detail, HttpServerRequest request, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, request.path(), errors))
                .build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource exists at this address.";
            case 405 -> "This method is not allowed on this resource; see the Allow header.";
            case 406 -> "The resource cannot be served in a media type the request accepts; it serves application/json.";
            case 415 -> "The request body's media type is not supported; send application/json.";
            default -> "The request could not be processed.";
        };
    }

    /** "create.body.name" names a field a client knows only by its last segment. */
    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}

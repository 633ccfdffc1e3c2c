package org.bonemet.problem;

import java.util.List;

import org.bonemet.content.InvalidInputException;
import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.Languages;
import org.bonemet.content.UnknownResourceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
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
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(400, "The request has invalid input.", request, errors);
    }

    // One method per exception type: Quarkus REST brings its own mappers for these, and the most specific type wins.
    @ServerExceptionMapper
    public Response unknownOrMistypedField(MismatchedInputException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        return unreadableBody(e, request);
    }

    /** Unreadable or ambiguous JSON, an unknown field or a value of the wrong type in a request body. */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, HttpServerRequest request) {
        return problem(400, "The request body could not be read.", request, List.of(UnreadableBody.error(e)));
    }

    @ServerExceptionMapper
    public Response clientProblem(ClientProblem e, HttpServerRequest request) {
        return problem(e.status, e.getMessage(), request, e.errors);
    }

    /** No or an invalid bearer token on an endpoint that needs one. */
    @ServerExceptionMapper({ io.quarkus.security.UnauthorizedException.class, io.quarkus.security.AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        return Response.fromResponse(problem(401, "This operation needs a valid bearer token (JWT) of an editor, reviewer or admin.",
                request, null)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return problem(403, "The token is valid but lacks the role this operation needs.", request, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        // Quarkus REST wraps a body its reader could not tokenize; an ambiguous one gets the field error that names why
        if (status == 400 && e.getCause() instanceof JsonProcessingException json && UnreadableBody.ambiguous(json)) {
            return unreadableBody(json, request);
        }
        String detail = e instanceof UnknownResourceException ? e.getMessage() : detail(status);
        Response response = problem(status, detail, request, null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e.getMessage());
            return Response.fromResponse(problem(503, "The database is not reachable at the moment; try again shortly.", request, null))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Unhandled error on %s %s", request.method(), request.path());
        return problem(500, "An unexpected error occurred; it has been logged.", request, null);
    }

    static final int RETRY_AFTER_SECONDS = 5;

    /** A failure to reach the database (connection refused, timed out, pool exhausted): SQL state class 08. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t instanceof java.sql.SQLException sql2 && String.valueOf(sql2.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static Response problem(int status, String detail, HttpServerRequest request, List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(of(status, detail, request, errors)).build();
    }

    /** The problem body for {@code status}, titled in the request's language; for answers written below the REST layer. */
    public static Problem of(int status, String detail, HttpServerRequest request, List<FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = ProblemTitles.title(status, language(request), known != null ? known.getReasonPhrase() : "Error");
        return new Problem(Problem.type(status), title, status, detail, request.path(), errors);
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "No resource exists at this address.";
            case 405 -> "This method is not allowed on this resource; see the Allow header.";
            case 406 -> "The resource cannot be served in a media type the request accepts; it serves application/json.";
            case 415 -> "The request body's media type is not supported; send application/json.";
            case 429 -> "Too many requests; see Retry-After.";
            case 503 -> "The service is unavailable at the moment; try again shortly.";
            case 400 -> "The request body could not be read: send one JSON object, nested at most 32 levels deep.";
            default -> "The request could not be processed.";
        };
    }

    /** The language for a problem title; an unsupported lang parameter (itself a problem) falls back to English. */
    private static String language(HttpServerRequest request) {
        try {
            return Languages.negotiate(request.getParam("lang"), request.getHeader("Accept-Language"));
        } catch (InvalidInputException e) {
            return Languages.DEFAULT;
        }
    }

    /** The path a client knows: "evaluate.profile.lesions[0].pain" becomes "lesions[0].pain". */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // an index or key on a node says where its bean sits in the previous node's list or map
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}

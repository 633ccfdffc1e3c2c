package org.bonemet.problem;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import org.bonemet.content.InvalidInputException.FieldError;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** What is wrong with a request body Jackson could not read, as the field a client sent and a message it can act on. */
final class UnreadableBody {

    /** Fields of the representations that the service sets; a body that sends them is refused, not obeyed. */
    static final Set<String> READ_ONLY = Set.of("id", "version", "updatedAt", "href", "author", "status",
            "createdAt", "publishedAt", "reviewer", "language", "requestedLanguage", "related", "citedBy");

    // Jackson gives these two refusals no type of their own (JsonLimits turns them on); its messages are the only sign.
    private static final String DUPLICATE = "Duplicate field '";
    private static final String TRAILING = "Trailing token";

    private UnreadableBody() {
    }

    static FieldError error(JsonProcessingException e) {
        JsonProcessingException duplicate = duplicate(e);
        if (duplicate != null) {
            return new FieldError(duplicate.getProcessor() instanceof JsonParser parser ? field(parser.getParsingContext()) : "body",
                    "appears more than once in its object (a duplicate field); send it once");
        }
        if (trailing(e)) {
            return new FieldError("body", "has content after the first JSON value; send one JSON object");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown),
                    READ_ONLY.contains(unknown.getPropertyName()) ? "is read-only: the service sets it" : "is not a known field");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), "has the wrong type or format");
        }
        return new FieldError("body", e instanceof MismatchedInputException ? "must be a JSON object" : "is not valid JSON");
    }

    /** Whether Jackson refused the body because it could be read two ways: a field sent twice, or more after the value. */
    static boolean ambiguous(JsonProcessingException e) {
        return duplicate(e) != null || trailing(e);
    }

    /** The duplicate-field refusal, also when Jackson wraps it with the path of the object that holds it. */
    private static JsonProcessingException duplicate(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonProcessingException json && json.getOriginalMessage() != null
                    && json.getOriginalMessage().startsWith(DUPLICATE)) {
                return json;
            }
        }
        return null;
    }

    /**
     * A second value after the first (Jackson's trailing-token refusal), or text that is no JSON at all after it: the
     * tokenizer failed back at the top level, once a whole value had been read.
     */
    private static boolean trailing(JsonProcessingException e) {
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith(TRAILING)) {
            return true;
        }
        return e instanceof JsonParseException && e.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null && parser.getParsingContext().inRoot() && parser.getParsingContext().getEntryCount() > 0;
    }

    /** The field a parser stopped at, as a client writes it: "neurology.deficit", "lesions[0].site". */
    private static String field(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder field = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                field.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.getCurrentName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(c.getCurrentName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}

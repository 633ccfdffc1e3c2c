package org.bonemet.problem;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every API operation what the shared filters and the problem mapper do, so the contract
 * shows it without repeating annotations on each method: problem responses, caching and language headers.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    /**
     * Bounds on every schema that lacks them. Inputs carry their own tighter limits (Bean Validation); for
     * responses these are the limits the content validator enforces on load (texts) and the paging rules
     * (lists), so clients can size their buffers.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return schema;
        }
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(MAX_TEXT_LENGTH);
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(Integer.MAX_VALUE));
            }
        }
        return schema;
    }

    /** Parameters are short (slugs, codes, search text, language lists): 200 characters at most. */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && (schema.getMaxLength() == null || schema.getMaxLength() > MAX_PARAMETER_LENGTH)) {
            schema.setMaxLength(MAX_PARAMETER_LENGTH);
        }
        return parameter;
    }

    public static final int MAX_PARAMETER_LENGTH = 200;

    /** No text of the API is longer (ContentValidator refuses longer content). */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** No list in a response is longer: pages hold at most 100 items, entries far fewer links. */
    public static final int MAX_ITEMS = 1_000;

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        if (operation.getDescription() == null && path.matches(".*\\{slug}/[a-z-]+")) {
            operation.setDescription("The related entries as a page in the list format, ordered by slug; a 404 problem when no entry has this slug.");
        }
        if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("Strong validator of this representation (the gzip-compressed one ends in -gz); send it"
                        + " back in If-None-Match, or in If-Match to edit.", "^\"[A-Za-z0-9_-]+\"$"))
                        .addHeader("Cache-Control", header("public, max-age=<seconds> (configurable); private, no-cache for drafts.",
                                "^(public, max-age=[0-9]+|private, no-cache)$"))
                        .addHeader("Content-Language", header("The language(s) of the texts served.", "^[a-z]{2}(, [a-z]{2})*$"))
                        .addHeader("Vary", header("The request headers the representation depends on.", "^[A-Za-z-]+(, [A-Za-z-]+)*$"));
            }
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not Modified: the If-None-Match tag is current; no body."));
        }
        responses.addAPIResponse("400", problem(operation.getRequestBody() == null
                ? "Bad Request: invalid parameter (page, size, lang or a filter); `errors` names each field."
                : "Bad Request: invalid, unknown or missing input; `errors` names each field. Bodies over 64 KiB or nested deeper than 32 levels are refused."));
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("415", problem("Unsupported Media Type: send application/json."));
        }
        if (path.contains("{slug}")) {
            responses.addAPIResponse("404", problem("Not Found: no entry with this slug."));
        } else if (path.contains("{score}")) {
            responses.addAPIResponse("404", problem("Not Found: no score calculator of this name."));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.addAPIResponse("401", problem("Unauthorized: no valid bearer token.")
                    .addHeader("WWW-Authenticate", header("The scheme to authenticate with.", "^Bearer$")));
            responses.addAPIResponse("403", problem("Forbidden: the token lacks the role, or (publishing) it is the draft author's."));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty() && method != PathItem.HttpMethod.GET) {
            responses.addAPIResponse("409", problem("Conflict: the change clashes with the published knowledge base (slug taken, entry"
                    + " changed since the draft was made, still linked or cited, draft already decided); `errors` says where."));
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("412", problem("Precondition Failed: If-Match does not name the entry's current ETag; read it again."));
            responses.addAPIResponse("428", problem("Precondition Required: send If-Match with the entry's ETag."));
        }
        responses.addAPIResponse("406", problem("Not Acceptable: this API serves application/json."));
        responses.addAPIResponse("429", problem("Too Many Requests: over the per-client rate limit; see Retry-After.")
                .addHeader("Retry-After", seconds("Seconds to wait before retrying.")));
        responses.addAPIResponse("500", problem("Internal Server Error: logged; no internals are exposed."));
        responses.addAPIResponse("503", problem("Service Unavailable: the database is unreachable; see Retry-After.")
                .addHeader("Retry-After", seconds("Seconds to wait before retrying.")));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") || status.startsWith("4")) {
                response.addHeader("RateLimit-Limit", seconds("Requests this client may make per minute (when rate limiting is on)."))
                        .addHeader("RateLimit-Remaining", seconds("Requests left in the current minute (when rate limiting is on)."))
                        .addHeader("RateLimit-Reset", seconds("Seconds until the full quota is back (when rate limiting is on)."));
            }
            response.addHeader("Access-Control-Allow-Origin", header("The requesting origin, for cross-origin requests from allowed origins.",
                    "^(\\*|https?://[^\\s]+)$"));
        });
    }

    private static Header header(String description, String pattern) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).pattern(pattern));
    }

    /** A header whose value is a whole number (seconds or a count). */
    private static Header seconds(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(1_000_000)));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}

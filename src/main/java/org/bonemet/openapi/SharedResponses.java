package org.bonemet.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.bonemet.content.Limits;
import org.bonemet.problem.Problem;
import org.bonemet.provenance.Provenance;
import org.bonemet.selection.Therapies;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every operation shares, written once: the problem responses of the mapper and the filters (referenced
 * from each operation by status), the caching, language, rate-limit and CORS headers, the 304 of conditional
 * GETs, and each operation's typed parameters and recorded examples.
 */
final class SharedResponses {

    private static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;
    private static final int MAX_ITEMS = Limits.MAX_ITEMS;

    private SharedResponses() {
    }

    static void document(String path, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        if (operation.getDescription() == null && path.matches(".*\\{slug}/[a-z-]+")) {
            operation.setDescription("The related entries as a page in the list format, ordered by slug; a 404 problem when no entry has this slug.");
        }
        boolean administration = path.startsWith("/api/v1/admin/");
        if (administration) {
            // partner keys are never cached: no validators, no 304
            responses.getAPIResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                    .forEach(e -> e.getValue().addHeader("Cache-Control", headerRef("Cache-Control")));
            APIResponse created = responses.getAPIResponse("201");
            if (created != null) {
                created.addHeader("Location", OASFactory.createHeader().description("Where the new key is: /api/v1/admin/api-keys/{id}.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                                .pattern("^/api/v1/admin/api-keys/[a-z0-9]{12}$")));
            }
        } else if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", headerRef("ETag")).addHeader("Cache-Control", headerRef("Cache-Control"))
                        .addHeader("Content-Language", headerRef("Content-Language")).addHeader("Vary", headerRef("Vary"));
            }
            responses.addAPIResponse("304", responseRef("NotModified"));
        }
        APIResponse accepted = responses.getAPIResponse("202");
        if (accepted != null) {
            accepted.addHeader("Location", headerRef("Location"));
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        responses.addAPIResponse("400", responseRef(operation.getRequestBody() == null ? "InvalidParameter" : "InvalidInput"));
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("413", responseRef("PayloadTooLarge"));
            responses.addAPIResponse("415", responseRef("UnsupportedMediaType"));
        }
        if (path.contains("{slug}")) {
            responses.addAPIResponse("404", responseRef("EntryNotFound"));
        } else if (path.contains("{score}")) {
            responses.addAPIResponse("404", responseRef("ScoreNotFound"));
        } else if (path.contains("/api-keys/{id}")) {
            responses.addAPIResponse("404", responseRef("ApiKeyNotFound"));
        } else if (path.contains("{id}")) {
            responses.addAPIResponse("404", responseRef("DraftNotFound"));
        } else if (path.contains("{code}")) {
            responses.addAPIResponse("404", responseRef("CodeNotFound"));
        }
        offerApiKey(operation);
        if (!secured) {
            responses.addAPIResponse("401", responseRef("InvalidApiKey"));
        }
        if (secured) {
            responses.addAPIResponse("401", responseRef("Unauthorized"));
            responses.addAPIResponse("403", responseRef("Forbidden"));
            if (method != PathItem.HttpMethod.GET) {
                responses.addAPIResponse("409", responseRef("Conflict"));
            }
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("412", responseRef("PreconditionFailed"));
            responses.addAPIResponse("428", responseRef("PreconditionRequired"));
        }
        responses.addAPIResponse("406", responseRef("NotAcceptable"));
        responses.addAPIResponse("429", responseRef("TooManyRequests"));
        responses.addAPIResponse("500", responseRef("InternalServerError"));
        responses.addAPIResponse("503", responseRef("ServiceUnavailable"));
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                addCommonHeaders(status, response);
            }
        });
        TypedParameters.apply(path, method, operation);
        Examples.apply(operation);
    }

    /**
     * The problem responses and headers every operation shares, defined once under components and referenced from
     * the operations, which keeps the document small for Swagger UI and for clients that fetch it.
     */
    static void addComponents(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema("EvidenceType", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.copyOf(Provenance.EVIDENCE_TYPES)).description("What kind of evidence the cited source is for the"
                        + " statement: a graded guideline recommendation, a medicine's label (SmPC or FDA label), a randomised trial, a"
                        + " meta-analysis, a cohort, a case series, expert opinion (narrative reviews, textbooks, consensus without"
                        + " grading) or a classification (a code system's or a score's own definition)."));
        components.addSchema("ProfileValues", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .additionalPropertiesBoolean(Boolean.TRUE).description("Values of the patient profile by field path (for example"
                        + " `scores.mirels`, `neurology.deficit`, `primaryCancer.radiosensitivity`): a number, a string, a boolean, or a list"
                        + " with one value per lesion for per-lesion fields (`lesions.pain`)."));
        Schema pointer = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(MAX_TEXT_LENGTH)
                .description("A JSON Pointer (RFC 6901).");
        Schema operation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("op", "path"))
                .addProperty("op", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("add", "remove", "replace", "move", "copy", "test")))
                .addProperty("path", pointer).addProperty("from", pointer)
                .addProperty("value", OASFactory.createSchema().description("Any JSON value."));
        components.addSchema("JsonPatch", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(operation).maxItems(MAX_ITEMS)
                .description("An RFC 6902 JSON Patch: the operations that turn one document into the other."));
        components.addSchema("TherapySlug", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.copyOf(Therapies.SLUGS)).description("A systemic treatment by its international non-proprietary"
                        + " name, or a class where rules need only the class."));
        components.addHeader("ETag", header("Strong validator of this representation (the gzip-compressed one ends in -gz); send it"
                        + " back in If-None-Match, or in If-Match to edit.", "^\"[A-Za-z0-9_-]+\"$"))
                .addHeader("Cache-Control", header("public, max-age=<seconds> (configurable); private, no-cache for drafts; no-store for"
                        + " partner keys and refusals.", "^(public, max-age=[0-9]+|private, no-cache|no-store)$"))
                .addHeader("Content-Language", header("The language(s) of the texts served.", "^[a-z]{2}(, [a-z]{2})*$"))
                .addHeader("Vary", header("The request headers the representation depends on.", "^[A-Za-z-]+(, [A-Za-z-]+)*$"))
                .addHeader("Location", header("Where the draft is: /api/v1/drafts/{id}.", "^/api/v1/drafts/[0-9a-f-]{36}$"))
                .addHeader("RateLimit-Limit", seconds("Requests this client may make per minute (when rate limiting is on)."))
                .addHeader("RateLimit-Remaining", seconds("Requests left in the current minute (when rate limiting is on)."))
                .addHeader("RateLimit-Reset", seconds("Seconds until the full quota is back (when rate limiting is on)."))
                .addHeader("Access-Control-Allow-Origin", header("The requesting origin, for cross-origin requests from allowed origins.",
                        "^(\\*|https?://[^\\s]+)$"))
                .addHeader("Retry-After", seconds("Seconds to wait before retrying."))
                .addHeader("WWW-Authenticate", header("The scheme to authenticate with: a bearer token, or (reading) a valid partner key.",
                        "^(Bearer|ApiKey header=\"X-API-Key\")$"));
        addResponse(components, "NotModified", "304", OASFactory.createAPIResponse()
                .description("Not Modified: the If-None-Match tag is current; no body."));
        addResponse(components, "InvalidParameter", "400",
                problem("Bad Request: invalid parameter (page, size, lang, a filter or the X-API-Key header); `errors` names each field."));
        addResponse(components, "InvalidInput", "400", problem("Bad Request: invalid, unknown or missing input; `errors` names each"
                + " field. Bodies nested deeper than 32 levels are refused."));
        addResponse(components, "Unauthorized", "401", problem("Unauthorized: no valid bearer token.")
                .addHeader("WWW-Authenticate", headerRef("WWW-Authenticate")));
        addResponse(components, "InvalidApiKey", "401", problem("Unauthorized: the X-API-Key is unknown, revoked or expired. Send a"
                + " valid key, or none to read within the anonymous quota.").addHeader("WWW-Authenticate", headerRef("WWW-Authenticate")));
        addResponse(components, "Forbidden", "403",
                problem("Forbidden: the token lacks the role, or (publishing) it is the draft author's."));
        addResponse(components, "EntryNotFound", "404", problem("Not Found: no entry with this slug."));
        addResponse(components, "ScoreNotFound", "404", problem("Not Found: no score calculator of this name."));
        addResponse(components, "DraftNotFound", "404", problem("Not Found: no draft with this id."));
        addResponse(components, "ApiKeyNotFound", "404", problem("Not Found: no partner key with this id."));
        addResponse(components, "CodeNotFound", "404", problem("Not Found: no entry carries this code."));
        addResponse(components, "NotAcceptable", "406", problem("Not Acceptable: this API serves application/json."));
        addResponse(components, "Conflict", "409", problem("Conflict: the change clashes with the published knowledge base (slug"
                + " taken, entry changed since the draft was made, still linked or cited, draft already decided) or a partner key is no longer"
                + " active; `errors` says where."));
        addResponse(components, "PreconditionFailed", "412",
                problem("Precondition Failed: If-Match does not name the entry's current ETag; read it again."));
        addResponse(components, "PayloadTooLarge", "413", problem("Content Too Large: the body is over 64 KiB."));
        addResponse(components, "UnsupportedMediaType", "415", problem("Unsupported Media Type: send application/json."));
        addResponse(components, "PreconditionRequired", "428", problem("Precondition Required: send If-Match with the entry's ETag."));
        addResponse(components, "TooManyRequests", "429", problem("Too Many Requests: over the quota of the client's address or partner key; see"
                + " Retry-After.")
                .addHeader("Retry-After", headerRef("Retry-After")));
        addResponse(components, "InternalServerError", "500", problem("Internal Server Error: logged; no internals are exposed."));
        addResponse(components, "ServiceUnavailable", "503", problem("Service Unavailable: the database is unreachable; see Retry-After.")
                .addHeader("Retry-After", headerRef("Retry-After")));
    }

    private static void addResponse(Components components, String name, String status, APIResponse response) {
        Examples.apply("problems/" + name, response);
        components.addResponse(name, addCommonHeaders(status, response));
    }

    /**
     * Operations anyone may call accept a partner key too: an empty requirement (no key) or the key. Operations that need
     * a bearer token keep only that, since a key grants no right to write.
     */
    static boolean offerApiKey(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            return false;
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement(), OASFactory.createSecurityRequirement().addScheme("apiKey")));
        return true;
    }

    /** The FHIR facade refuses a bad partner key in its own format, as it refuses everything else. */
    static void addFhirKeyRefusal(Operation operation) {
        APIResponse throttled = operation.getResponses().getAPIResponse("429");
        if (throttled != null && operation.getResponses().getAPIResponse("401") == null) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().content(throttled.getContent())
                    .description("The X-API-Key is unknown, revoked or expired (an OperationOutcome with code security).")
                    .addHeader("WWW-Authenticate", headerRef("WWW-Authenticate")));
        }
    }

    /** The headers of the shared filters (rate limit, CORS) on every answer of an operation outside /api/v1 (FHIR, CDS Hooks). */
    static void addCommonHeaders(Operation operation) {
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                addCommonHeaders(status, response);
                if (status.equals("429")) {
                    response.addHeader("Retry-After", headerRef("Retry-After"));
                }
            });
        }
    }

    /** Rate-limit headers on every 2xx and 4xx answer (the limiter adds them), CORS on all. */
    private static APIResponse addCommonHeaders(String status, APIResponse response) {
        if (status.startsWith("2") || status.startsWith("4")) {
            response.addHeader("RateLimit-Limit", headerRef("RateLimit-Limit"))
                    .addHeader("RateLimit-Remaining", headerRef("RateLimit-Remaining"))
                    .addHeader("RateLimit-Reset", headerRef("RateLimit-Reset"));
        }
        return response.addHeader("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static APIResponse responseRef(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static Header header(String description, String pattern) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200).pattern(pattern));
    }

    /** A header whose value is a whole number (seconds or a count). */
    private static Header seconds(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(1_000_000)));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}

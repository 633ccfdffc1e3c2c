package org.bonemet.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
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

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses();
        if (method == PathItem.HttpMethod.GET) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("Strong validator of this representation; send it back in If-None-Match."))
                        .addHeader("Cache-Control", header("public, max-age=<seconds> (configurable)."))
                        .addHeader("Content-Language", header("The language(s) of the texts served."))
                        .addHeader("Vary", header("Accept-Language"));
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
        responses.addAPIResponse("406", problem("Not Acceptable: this API serves application/json."));
        responses.addAPIResponse("429", problem("Too Many Requests: over the per-client rate limit; see Retry-After.")
                .addHeader("Retry-After", header("Seconds to wait before retrying.")));
        responses.addAPIResponse("500", problem("Internal Server Error: logged; no internals are exposed."));
        responses.addAPIResponse("503", problem("Service Unavailable: the database is unreachable; see Retry-After.")
                .addHeader("Retry-After", header("Seconds to wait before retrying.")));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}

package org.bonemet.problem;

import java.util.List;
import java.util.Map;

import org.bonemet.content.InvalidInputException.FieldError;
import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
public record Problem(
        @Schema(example = "/problems.html#not-found", description = "What kind of problem this is: a link to its section of the"
                + " API's problem page, relative to this service.") String type,
        @Schema(example = "Not Found") String title,
        @Schema(example = "404") int status,
        @Schema(example = "No site with slug 'elbow'.") String detail,
        @Schema(example = "/api/v1/sites/elbow") String instance,
        @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                description = "For invalid input: one entry per offending field.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The page that explains every problem type, served by this service. */
    public static final String TYPES = "/problems.html";

    private static final Map<Integer, String> KINDS = Map.ofEntries(Map.entry(400, "invalid-input"), Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"), Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "precondition-failed"), Map.entry(413, "content-too-large"),
            Map.entry(415, "unsupported-media-type"), Map.entry(428, "precondition-required"), Map.entry(429, "too-many-requests"),
            Map.entry(500, "internal-error"), Map.entry(503, "service-unavailable"));

    /** The type of a problem with this status: its section of the problem page, or about:blank for a status it does not explain. */
    public static String type(int status) {
        String kind = KINDS.get(status);
        return kind == null ? "about:blank" : TYPES + "#" + kind;
    }
}

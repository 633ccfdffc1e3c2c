package org.bonemet.problem;

import java.util.List;

import org.bonemet.content.InvalidInputException.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Not Found") String title,
        @Schema(example = "404") int status,
        @Schema(example = "No site with slug 'elbow'.") String detail,
        @Schema(example = "/api/v1/sites/elbow") String instance,
        @Schema(description = "For invalid input: one entry per offending field.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

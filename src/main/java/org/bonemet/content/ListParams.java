package org.bonemet.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** The query parameters every list accepts; texts on purpose, so that a non-number is a 400 problem. */
public class ListParams extends LanguageParameters {

    @QueryParam("page")
    @Parameter(description = "1-based page number.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest pageRequest() {
        return PageRequest.of(page, size);
    }
}

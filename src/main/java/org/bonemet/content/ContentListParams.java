package org.bonemet.content;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** List parameters of a content collection: paging, language and a code filter. */
public class ContentListParams extends ListParams {

    @QueryParam("code")
    @Parameter(description = "Only entries carrying this code, as system|code (case, dots and spaces do not matter).",
            example = "icd-10-cm|C79.51")
    public String code;
}

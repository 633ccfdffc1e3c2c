package org.bonemet.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/** The language parameters of a single-resource GET (read through {@link RequestLanguage}; declared here for the docs). */
public class LanguageParameters {

    @QueryParam("lang")
    @Parameter(description = "Response language; overrides Accept-Language.", schema = @Schema(enumeration = { "en", "de" }))
    public String lang;

    @HeaderParam("Accept-Language")
    @Parameter(description = "Preferred languages with q-values, e.g. `de;q=1, en;q=0.5`.")
    public String acceptLanguage;
}

package org.bonemet.cancer;

import org.bonemet.collection.ContentCollections;
import org.bonemet.content.ContentListParams;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.ListParams;
import org.bonemet.content.PageRequest;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.content.Views;
import org.bonemet.editing.EditableCollection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path(Views.API + "/primary-cancers")
@Tag(name = "Primary cancers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PrimaryCancerResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "primary-cancers";
    }

    @GET
    @Operation(summary = "List primary cancers that spread to bone", description = "Filter by typical `lesionType` or `radiosensitivity`.")
    public ListEnvelope<PrimaryCancerViews.PrimaryCancerSummary> list(@BeanParam ContentListParams params,
            @QueryParam("lesionType") @Parameter(schema = @Schema(enumeration = { "osteolytic", "osteoblastic", "mixed" })) String lesionType,
            @QueryParam("radiosensitivity") @Parameter(schema = @Schema(enumeration = { "highly-radiosensitive", "radiosensitive", "radioresistant" })) String radiosensitivity) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(PrimaryCancer.filter(lesionType, radiosensitivity).code(params.code).page(page), page, e -> PrimaryCancerViews.summary(e, lang), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a primary cancer", description = "With how often it spreads to bone, its typical lesion type, radiosensitivity, survival where sourced, tests and treatments.")
    public PrimaryCancerViews.Detail get(@PathParam("slug") @Parameter(example = "prostate-cancer") String slug, @BeanParam LanguageParameters params) {
        return PrimaryCancerViews.detail(find(slug), lang);
    }

    @GET
    @Path("{slug}/tests")
    @Operation(summary = "List the tests specific to a primary cancer")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeDiagnosticTestSummary")))
    public ListEnvelope<Object> tests(@PathParam("slug") @Parameter(example = "prostate-cancer") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "tests", page, lang, uri);
    }

    @GET
    @Path("{slug}/treatments")
    @Operation(summary = "List the treatments specific to a primary cancer")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeTreatmentSummary")))
    public ListEnvelope<Object> treatments(@PathParam("slug") @Parameter(example = "prostate-cancer") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "treatments", page, lang, uri);
    }

    private static PrimaryCancer find(String slug) {
        return PrimaryCancer.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("primary-cancers", slug));
    }
}

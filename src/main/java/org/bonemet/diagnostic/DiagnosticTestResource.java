package org.bonemet.diagnostic;

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

@Path(Views.API + "/tests")
@Tag(name = "Diagnostic tests")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DiagnosticTestResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "tests";
    }

    @GET
    @Operation(summary = "List diagnostic tests", description = "Imaging, laboratory tests and biopsy; filter by `category`.")
    public ListEnvelope<DiagnosticTestViews.DiagnosticTestSummary> list(@BeanParam ContentListParams params,
            @QueryParam("category") @Parameter(schema = @Schema(enumeration = { "imaging", "laboratory", "biopsy" })) String category) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(Investigation.filter(category).code(params.code).page(page), page, e -> DiagnosticTestViews.summary(e, lang), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a diagnostic test", description = "With what it shows, when it is used, its limitations, accuracy where sourced and LOINC codes for laboratory tests.")
    public DiagnosticTestViews.Detail get(@PathParam("slug") @Parameter(example = "bone-scintigraphy") String slug, @BeanParam LanguageParameters params) {
        return DiagnosticTestViews.detail(find(slug), lang);
    }

    @GET
    @Path("{slug}/symptoms")
    @Operation(summary = "List the symptoms a test assesses")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeSymptomSummary")))
    public ListEnvelope<Object> symptoms(@PathParam("slug") @Parameter(example = "whole-spine-mri") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "symptoms", page, lang, uri);
    }

    @GET
    @Path("{slug}/primary-cancers")
    @Operation(summary = "List the primary cancers a test is specific to")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopePrimaryCancerSummary")))
    public ListEnvelope<Object> primaryCancers(@PathParam("slug") @Parameter(example = "psa") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "primary-cancers", page, lang, uri);
    }

    private static Investigation find(String slug) {
        return Investigation.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("tests", slug));
    }
}

package org.bonemet.symptom;

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

@Path(Views.API + "/symptoms")
@Tag(name = "Symptoms")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SymptomResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "symptoms";
    }

    @GET
    @Operation(summary = "List symptoms and complications", description = "Filter by `urgency` to find emergencies.")
    public ListEnvelope<SymptomViews.SymptomSummary> list(@BeanParam ContentListParams params,
            @QueryParam("urgency") @Parameter(schema = @Schema(enumeration = { "routine", "urgent", "emergency" })) String urgency,
            @QueryParam("kind") @Parameter(schema = @Schema(enumeration = { "symptom", "complication", "syndrome" })) String kind) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(Symptom.filter(kind, urgency).code(params.code).page(page), page, e -> SymptomViews.summary(e, lang), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a symptom or complication", description = "With its urgency, red flags, first clinical steps, sites, tests and references.")
    public SymptomViews.Detail get(@PathParam("slug") @Parameter(example = "metastatic-spinal-cord-compression") String slug, @BeanParam LanguageParameters params) {
        return SymptomViews.detail(find(slug), lang);
    }

    @GET
    @Path("{slug}/sites")
    @Operation(summary = "List the sites where a symptom arises")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeSiteSummary")))
    public ListEnvelope<Object> sites(@PathParam("slug") @Parameter(example = "pathological-fracture") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "sites", page, lang, uri);
    }

    @GET
    @Path("{slug}/tests")
    @Operation(summary = "List the tests that assess a symptom")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeDiagnosticTestSummary")))
    public ListEnvelope<Object> tests(@PathParam("slug") @Parameter(example = "hypercalcaemia-of-malignancy") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "tests", page, lang, uri);
    }

    @GET
    @Path("{slug}/treatments")
    @Operation(summary = "List the treatments that address a symptom")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeTreatmentSummary")))
    public ListEnvelope<Object> treatments(@PathParam("slug") @Parameter(example = "bone-pain") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "treatments", page, lang, uri);
    }

    private static Symptom find(String slug) {
        return Symptom.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("symptoms", slug));
    }
}

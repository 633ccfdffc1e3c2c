package org.bonemet.treatment;

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

@Path(Views.API + "/treatments")
@Tag(name = "Treatments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TreatmentResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "treatments";
    }

    @GET
    @Operation(summary = "List treatments", description = "Filter by `modality`.")
    public ListEnvelope<TreatmentViews.TreatmentSummary> list(@BeanParam ContentListParams params,
            @QueryParam("modality") @Parameter(schema = @Schema(enumeration = { "systemic", "bone-modifying-agent", "radiopharmaceutical", "radiotherapy", "surgery", "interventional", "supportive" })) String modality) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(Treatment.filter(modality).code(params.code).page(page), page, e -> TreatmentViews.summary(e, lang), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a treatment", description = "With its goals, sourced dosing, risks and selection criteria as evaluable rules.")
    public TreatmentViews.Detail get(@PathParam("slug") @Parameter(example = "zoledronic-acid") String slug, @BeanParam LanguageParameters params) {
        return TreatmentViews.detail(find(slug), lang);
    }

    @GET
    @Path("{slug}/symptoms")
    @Operation(summary = "List the symptoms a treatment addresses")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeSymptomSummary")))
    public ListEnvelope<Object> symptoms(@PathParam("slug") @Parameter(example = "external-beam-radiotherapy") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "symptoms", page, lang, uri);
    }

    @GET
    @Path("{slug}/primary-cancers")
    @Operation(summary = "List the primary cancers a treatment is specific to")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopePrimaryCancerSummary")))
    public ListEnvelope<Object> primaryCancers(@PathParam("slug") @Parameter(example = "radium-223") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "primary-cancers", page, lang, uri);
    }

    @GET
    @Path("{slug}/sites")
    @Operation(summary = "List the sites a treatment is aimed at")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeSiteSummary")))
    public ListEnvelope<Object> sites(@PathParam("slug") @Parameter(example = "vertebral-augmentation") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "sites", page, lang, uri);
    }

    private static Treatment find(String slug) {
        return Treatment.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("treatments", slug));
    }
}

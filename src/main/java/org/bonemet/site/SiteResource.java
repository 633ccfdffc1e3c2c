package org.bonemet.site;

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

@Path(Views.API + "/sites")
@Tag(name = "Sites")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SiteResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "sites";
    }

    @GET
    @Operation(summary = "List skeletal sites", description = "The skeleton as a hierarchy: filter by `parent` to walk it.")
    public ListEnvelope<SiteViews.SiteSummary> list(@BeanParam ContentListParams params,
            @QueryParam("kind") @Parameter(schema = @Schema(enumeration = { "region", "bone", "part" })) String kind,
            @QueryParam("parent") @Parameter(description = "Slug of the parent site.", example = "spine") String parent) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(Site.filter(kind, parent).code(params.code).page(page), page, s -> SiteViews.summary(s, lang), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a skeletal site", description = "With its frequency, parent and child sites, complications and references.")
    public SiteViews.Detail get(@PathParam("slug") @Parameter(example = "thoracic-spine") String slug, @BeanParam LanguageParameters params) {
        return SiteViews.detail(find(slug), lang);
    }

    @GET
    @Path("{slug}/children")
    @Operation(summary = "List the parts of a site", description = "The sites directly below this one in the hierarchy.")
    public ListEnvelope<SiteViews.SiteSummary> children(@PathParam("slug") @Parameter(example = "spine") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.ofAll(find(slug).children, page, s -> SiteViews.summary(s, lang), uri);
    }

    @GET
    @Path("{slug}/symptoms")
    @Operation(summary = "List the complications typical for a site")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeSymptomSummary")))
    public ListEnvelope<Object> symptoms(@PathParam("slug") @Parameter(example = "spine") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "symptoms", page, lang, uri);
    }

    @GET
    @Path("{slug}/treatments")
    @Operation(summary = "List the treatments aimed at a site")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ListEnvelopeTreatmentSummary")))
    public ListEnvelope<Object> treatments(@PathParam("slug") @Parameter(example = "spine") String slug,
            @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ContentCollections.related(find(slug), "treatments", page, lang, uri);
    }

    private static Site find(String slug) {
        return Site.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("sites", slug));
    }
}

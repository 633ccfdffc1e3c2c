package org.bonemet.reference;

import org.bonemet.content.ContentItem;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.ListParams;
import org.bonemet.content.PageRequest;
import org.bonemet.content.Reference;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.content.Views;
import org.bonemet.editing.EditableCollection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

@Path(Views.API + "/references")
@Tag(name = "References")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource extends EditableCollection {

    @Inject
    RequestLanguage lang;
    @Context
    UriInfo uri;

    @Override
    protected String collection() {
        return "references";
    }

    @GET
    @Operation(summary = "List the sources the content cites", description = "Guidelines, trials, reviews and code systems; filter by `kind`.")
    public ListEnvelope<ReferenceViews.ReferenceSummary> list(@BeanParam ListParams params,
            @QueryParam("kind") @Parameter(schema = @Schema(enumeration = { "guideline", "trial", "meta-analysis", "review",
                    "textbook", "web-page", "code-system", "drug-label" })) String kind) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.of(Reference.filter(kind).page(page), page, ReferenceViews::summary, uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a source", description = "With its citation, links (URL, DOI, PubMed id) and the entries that cite it.")
    public ReferenceViews.Detail get(@PathParam("slug") @Parameter(example = "esmo-bone-health-2020") String slug,
            @BeanParam LanguageParameters params) {
        Reference reference = Reference.findBySlug(slug).orElseThrow(() -> new UnknownResourceException("references", slug));
        return ReferenceViews.detail(reference, ContentItem.citing(reference), lang);
    }
}

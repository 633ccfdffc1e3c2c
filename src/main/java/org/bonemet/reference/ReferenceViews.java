package org.bonemet.reference;

import java.time.Instant;
import java.util.List;

import org.bonemet.content.ContentItem;
import org.bonemet.content.Reference;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.content.Views.Link;
import org.bonemet.content.Views.Review;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(name = "ReferenceSummary")
    record ReferenceSummary(String slug, String name, String citation,
            @Schema(enumeration = { "guideline", "trial", "meta-analysis", "review", "textbook", "web-page", "code-system", "drug-label" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Integer year, String href) {
    }

    @Schema(name = "Reference", description = "A source that content cites. Bibliographic, so it has no summary, codes or references of its own.")
    public record Detail(String slug, String name, String citation,
            @Schema(enumeration = { "guideline", "trial", "meta-analysis", "review", "textbook", "web-page", "code-system", "drug-label" }) String kind,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) Integer year,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String url,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String doi,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String pmid,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "How the source was read, or which part.") String note,
            Review review, int version, Instant updatedAt,
            @Schema(description = "The entries that cite this source.") List<Link> citedBy) {
    }

    static ReferenceSummary summary(Reference reference) {
        return new ReferenceSummary(reference.slug, reference.name, reference.citation, reference.kind, reference.year,
                Views.API + "/references/" + reference.slug);
    }

    public static Detail detail(Reference reference, List<ContentItem> citedBy, RequestLanguage lang) {
        return new Detail(reference.slug, reference.name, reference.citation, reference.kind, reference.year, reference.url,
                reference.doi, reference.pmid, reference.note, new Review(reference.lastReviewed, reference.nextReview),
                reference.version, reference.updatedAt, Views.links(citedBy, lang));
    }
}

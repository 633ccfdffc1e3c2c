package org.bonemet.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON pieces every content resource shares, and the few lines that map entities onto them. */
public final class Views {

    /**
     * The OpenAPI extension that marks a response property as one that can be absent (absent values are left out);
     * every other property of a response is listed as required (openapi.RequiredFields).
     */
    public static final String OPTIONAL = "x-optional";

    public static final String API = "/api/v1";
    public static final String DISCLAIMER = "This API informs; it does not prescribe. It is not medical advice and does not "
            + "replace the judgement of a clinician who knows the patient.";

    private Views() {
    }

    @Schema(description = "A link to a related resource.")
    public record Link(String slug, String name, String href) {
    }

    @Schema(description = "A code of a standard terminology that identifies this entry.")
    public record CodeView(
            @Schema(enumeration = { "icd-10", "icd-10-cm", "icd-11", "snomed-ct", "loinc", "mesh", "ncit", "umls" }) String system,
            String code, String display) {
    }

    @Schema(description = "A source of this entry; `id` is the reference's slug under /api/v1/references.")
    public record ReferenceLink(String id, String citation, String url, String href) {
    }

    @Schema(description = "When the entry was last reviewed and when it is due again.")
    public record Review(LocalDate lastReviewed, LocalDate nextReview) {
    }

    @Schema(description = "One sourced fact: `reference` is the id of an entry in `references`, `locator` where in that source the fact"
            + " stands (section, table, figure, page), `evidenceType` what kind of evidence the source is for it.")
    public record StatementView(String text, String reference, String locator, @Schema(ref = "EvidenceType") String evidenceType) {
    }

    @Schema(description = "The fields a list item always has.")
    public record Basics(String slug, String name, String summary, String href) {
    }

    @Schema(description = "The fields every content resource has.")
    public record Common(
            String slug, String name,
            @Schema(description = "Plain words for patients.") String summary,
            @Schema(description = "For clinicians.") String details,
            List<String> synonyms, List<CodeView> codes, List<ReferenceLink> references, Review review,
            @Schema(description = "Increases with every published change.") int version, Instant updatedAt,
            @Schema(description = "Language of the texts; differs from the requested one when a translation is missing.") String language,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Set when the requested language is missing and English is served instead.") String requestedLanguage) {
    }

    public static String href(String collection, String slug) {
        return API + "/" + collection + "/" + slug;
    }

    public static Link link(ContentItem item, RequestLanguage lang) {
        return new Link(item.slug, lang.text(item).name, href(item.collection(), item.slug));
    }

    public static List<Link> links(List<? extends ContentItem> items, RequestLanguage lang) {
        return items.stream().map(i -> link(i, lang)).toList();
    }

    public static Basics basics(ContentItem item, RequestLanguage lang) {
        ContentText text = lang.text(item);
        return new Basics(item.slug, text.name, text.summary, href(item.collection(), item.slug));
    }

    public static ReferenceLink reference(Reference reference) {
        return new ReferenceLink(reference.slug, reference.citation, reference.url, API + "/references/" + reference.slug);
    }

    public static List<StatementView> statements(ContentItem item, String section, RequestLanguage lang) {
        return item.statements(section, lang.text(item).lang).stream().map(s -> new StatementView(s.text, s.reference.slug, s.locator, s.evidenceType)).toList();
    }

    public static Common common(ContentItem item, RequestLanguage lang) {
        ContentText text = lang.text(item);
        return new Common(item.slug, text.name, text.summary, text.details, item.synonyms(text.lang),
                item.codes.stream().map(c -> new CodeView(c.system, c.code, c.display)).toList(),
                item.references.stream().map(Views::reference).toList(),
                new Review(item.lastReviewed, item.nextReview), item.version, item.updatedAt,
                text.lang, text.lang.equals(lang.requested()) ? null : lang.requested());
    }
}

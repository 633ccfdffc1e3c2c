package org.bonemet.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The source documents of the content: the shape of the curated YAML files (content/README.md) and of the
 * bodies editors send. Unknown keys fail.
 */
public final class ContentDocument {

    private ContentDocument() {
    }

    /** A file of one collection; each item is read as that collection's entry ({@link SourceDocuments#item}). */
    public record File(String collection, List<JsonNode> items) {
    }

    public record ReferenceFile(String collection, List<ReferenceDoc> items) {
    }

    /** The files in load order, and the release they make: its version and who reviewed it before it was cut. */
    public record Manifest(List<String> files, Release release) {
    }

    public record Release(String version, String reviewedBy) {
    }

    @Schema(name = "SourceReview", description = "When the entry was last reviewed and when it is due again, as editors write it.")
    public record Review(@Schema(required = true) LocalDate lastReviewed, @Schema(required = true) LocalDate nextReview) {
    }

    public record CodeDoc(@Schema(required = true) String system, @Schema(required = true) String code,
            @Schema(required = true) String display) {
    }

    /** One sourced fact: the reference that contains it, where in that source ({@code locator}) and what kind of evidence it is. */
    public record StatementDoc(@Schema(required = true) String text, @Schema(required = true) String reference,
            @Schema(required = true) String locator, @Schema(required = true) String evidenceType) {
    }

    public record Criterion(@Schema(required = true) String key, @Schema(required = true) String kind, String grade,
            @Schema(required = true) String description, @Schema(required = true) String reference, @Schema(required = true) String locator,
            @Schema(required = true) String evidenceType,
            @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, additionalProperties = Schema.True.class,
                    description = "A condition {field, op, value} or a group {all|any: [...]} or {not: ...} (content/README.md).") JsonNode rule) {
    }

    @Schema(name = "ReferenceSourceDocument", description = "The source document of a reference (a cited source).")
    public record ReferenceDoc(String slug, @Schema(required = true) String name, @Schema(required = true) String citation,
            @Schema(required = true) String kind, Integer year, String url, String doi,
            String pmid, String note,
            @Schema(description = "What a reviewer read to confirm the record (e.g. the PubMed record), and when.") String checked,
            @Schema(required = true) Review review) {
    }

    /**
     * One entry of a collection: the fields every entry has, and the collection's own fields as the record its
     * collection names ({@link SourceDocuments#item} reads both). In JSON they are one
     * flat object.
     */
    @Schema(name = "SourceDocument", description = """
            The source document of an entry, as editors write it and the revision history keeps it (the newest \
            revision's `document` is the one published now): these fields, common to every collection, plus the \
            collection's own (its `...SourceDocument` schema; content/README.md). Every statement cites one of the \
            entry's references by slug.""")
    public record Item(
            String slug, @Schema(required = true) String name, @Schema(required = true) String summary,
            @Schema(required = true) String details, List<String> synonyms, List<CodeDoc> codes,
            @Schema(required = true) List<String> references, @Schema(required = true) Review review,
            // texts in other languages, by language tag; the curated files keep them in content/<lang>/
            Map<String, TranslationDoc> translations,
            @JsonIgnore @Schema(hidden = true) Record fields,
            @JsonIgnore @Schema(hidden = true) Map<String, JsonNode> foreign) {

        /** The names of the fields every entry has. */
        public static final List<String> COMMON = List.of("slug", "name", "summary", "details", "synonyms", "codes", "references",
                "review", "translations");

        /** The collection's own fields, as the record type the collection declares. */
        public <D extends Record> D fields(Class<D> type) {
            return type.cast(fields);
        }

        /**
         * The collection's own fields as JSON members, after the common ones, and any field of another collection
         * as sent, so that the validator names it wherever the document goes.
         */
        @JsonAnyGetter
        @Schema(hidden = true)
        public Map<String, Object> members() {
            Map<String, Object> members = new LinkedHashMap<>(fields == null ? Map.of() : SourceDocuments.members(fields));
            if (foreign != null) {
                members.putAll(foreign);
            }
            return members;
        }

        Item with(Record fields, Map<String, JsonNode> foreign) {
            return new Item(slug, name, summary, details, synonyms, codes, references, review, translations, fields, foreign);
        }
    }

    /**
     * The texts of an item in another language: statements in the same sections, number and order as the
     * original so that each keeps its source, and criterion descriptions by criterion key.
     */
    public record TranslationDoc(@Schema(required = true) String name, @Schema(required = true) String summary,
            @Schema(required = true) String details, List<String> synonyms,
            Map<String, List<String>> sections, Map<String, String> criteria) {
    }
}

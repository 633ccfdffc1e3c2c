package org.bonemet.editing;

import java.time.OffsetDateTime;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What the editorial endpoints of every collection answer: the draft a change files, and the published history. */
public final class EditingViews {

    private EditingViews() {
    }

    @Schema(name = "Draft", description = "A proposed change, visible to readers only after a second person publishes it.")
    public record DraftSummary(
            @Schema(example = "3f2b8c1e-6d4a-4f7e-9b1a-2c5d8e9f0a1b") java.util.UUID id,
            @Schema(example = "symptoms", maxLength = 40) String collection,
            @Schema(example = "bone-pain", maxLength = 200) String slug,
            @Schema(enumeration = { "create", "update", "delete" }) String action,
            @Schema(example = "dr-ada", maxLength = 200) String author,
            @Schema(enumeration = { "open", "published", "rejected" }) String status,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "The published version the draft was made from; none for a new entry.", example = "3") Integer baseVersion,
            OffsetDateTime createdAt,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), maxLength = 200) String decidedBy,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) OffsetDateTime decidedAt,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), maxLength = 2000) String comment,
            @Schema(example = "/api/v1/drafts/3f2b8c1e-6d4a-4f7e-9b1a-2c5d8e9f0a1b", maxLength = 200) String href) {
    }

    @Schema(name = "RevisionSummary", description = "One published change of an entry.")
    public record RevisionSummary(
            @Schema(example = "2") int number,
            @Schema(enumeration = { "created", "updated", "deleted" }) String action,
            @Schema(maxLength = 200) String author,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), maxLength = 200) String reviewer,
            OffsetDateTime publishedAt,
            @Schema(description = "Position in the change feed.", example = "131", maxLength = 20) String cursor,
            @Schema(example = "/api/v1/symptoms/bone-pain/revisions/2", maxLength = 200) String href) {
    }

    @Schema(name = "RevisionDetail", description = "A published revision with its whole source document and what it changed.")
    public record RevisionDetail(
            RevisionSummary revision,
            @Schema(description = "The source document as published (for a deletion: the last one published).",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
            JsonNode document,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    ref = "JsonPatch", description = "RFC 6902 JSON Patch from the previous revision; none for a creation or deletion.")
            JsonNode changes) {
    }
}

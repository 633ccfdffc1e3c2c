package org.bonemet.editorial;

import java.time.OffsetDateTime;
import java.util.List;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What the editorial endpoints answer. */
public final class EditorialViews {

    private EditorialViews() {
    }

    @Schema(name = "Draft", description = "A proposed change, visible to readers only after a second person publishes it.")
    public record DraftSummary(
            @Schema(example = "3f2b8c1e-6d4a-4f7e-9b1a-2c5d8e9f0a1b") java.util.UUID id,
            @Schema(example = "symptoms", maxLength = 40) String collection,
            @Schema(example = "bone-pain", maxLength = 200) String slug,
            @Schema(enumeration = { "create", "update", "delete" }) String action,
            @Schema(example = "dr-ada", maxLength = 200) String author,
            @Schema(enumeration = { "open", "published", "rejected" }) String status,
            @Schema(description = "The published version the draft was made from; none for a new entry.", example = "3") Integer baseVersion,
            OffsetDateTime createdAt,
            @Schema(maxLength = 200) String decidedBy,
            OffsetDateTime decidedAt,
            @Schema(maxLength = 2000) String comment,
            @Schema(example = "/api/v1/drafts/3f2b8c1e-6d4a-4f7e-9b1a-2c5d8e9f0a1b", maxLength = 200) String href) {
    }

    @Schema(name = "DraftDetail", description = "A draft with its document and what it changes in the published version.")
    public record DraftDetail(
            DraftSummary draft,
            @Schema(description = "The proposed source document; none for a deletion.", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
            JsonNode document,
            @Schema(description = "The version published now; none when the entry does not exist (any more).", example = "3")
            Integer publishedVersion,
            @Schema(description = "True when the published version is no longer the one the draft was made from: publishing it answers 409.")
            boolean stale,
            @Schema(description = "RFC 6902 JSON Patch from the published document to the draft's; none for a new entry or a deletion.",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
            JsonNode diff) {
    }

    @Schema(name = "Rejection", description = "Why a draft is rejected, for its author.")
    public record Rejection(
            @Schema(required = true, minLength = 1, maxLength = 2000, example = "The dose is not from the cited label.")
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String comment) {
    }

    @Schema(name = "RevisionSummary", description = "One published change of an entry.")
    public record RevisionSummary(
            @Schema(example = "2") int number,
            @Schema(enumeration = { "created", "updated", "deleted" }) String action,
            @Schema(maxLength = 200) String author,
            @Schema(maxLength = 200) String reviewer,
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
            @Schema(description = "RFC 6902 JSON Patch from the previous revision; none for a creation or deletion.",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
            JsonNode changes) {
    }

    @Schema(name = "Change", description = "One published creation, update or deletion, in publication order.")
    public record Change(
            @Schema(description = "Opaque; pass it as `since` to get what came after.", example = "131", maxLength = 20) String cursor,
            @Schema(example = "symptoms", maxLength = 40) String collection,
            @Schema(example = "bone-pain", maxLength = 200) String slug,
            @Schema(enumeration = { "created", "updated", "deleted" }) String action,
            @Schema(example = "2") int version,
            OffsetDateTime at,
            @Schema(description = "The entry's address; none after a deletion.", example = "/api/v1/symptoms/bone-pain", maxLength = 200)
            String href) {
    }

    @Schema(name = "ChangePage", description = "Changes after a cursor; follow `next` until `items` is empty.")
    public record ChangePage(
            @Schema(maxItems = 1000) List<Change> items,
            @Schema(description = "The cursor to ask with next time: the last item's, or the one asked with when nothing is new.",
                    example = "131", maxLength = 20) String next) {
    }

    static DraftSummary summary(Draft d) {
        return new DraftSummary(d.id, d.collection, d.slug, d.action, d.author, d.status, d.baseVersion, d.createdAt, d.decidedBy,
                d.decidedAt, d.comment, Views.API + "/drafts/" + d.id);
    }

    static RevisionSummary summary(Revision r) {
        return new RevisionSummary(r.number, r.action, r.author, r.reviewer, r.publishedAt, String.valueOf(r.seq),
                Views.API + "/" + r.collection + "/" + r.slug + "/revisions/" + r.number);
    }
}

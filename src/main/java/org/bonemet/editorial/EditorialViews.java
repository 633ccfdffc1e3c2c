package org.bonemet.editorial;

import java.time.OffsetDateTime;
import java.util.List;

import org.bonemet.content.Views;
import org.bonemet.editing.EditingViews.DraftSummary;
import org.bonemet.editing.EditingViews.RevisionSummary;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** What the editorial endpoints answer. */
public final class EditorialViews {

    private EditorialViews() {
    }

    @Schema(name = "DraftDetail", description = "A draft with its document and what it changes in the published version.")
    public record DraftDetail(
            DraftSummary draft,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "The proposed source document; none for a deletion.", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
            JsonNode document,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "The version published now; none when the entry does not exist (any more).", example = "3")
            Integer publishedVersion,
            @Schema(description = "True when the published version is no longer the one the draft was made from: publishing it answers 409.")
            boolean stale,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    ref = "JsonPatch", description = "RFC 6902 JSON Patch from the published document to the draft's; none for a new entry or a deletion.")
            JsonNode diff) {
    }

    @Schema(name = "Rejection", description = "Why a draft is rejected, for its author.")
    public record Rejection(
            @Schema(required = true, minLength = 1, maxLength = 2000, example = "The dose is not from the cited label.")
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 2000) String comment) {
    }

    @Schema(name = "Change", description = "One published creation, update or deletion, in publication order.")
    public record Change(
            @Schema(description = "Opaque; pass it as `since` to get what came after.", example = "131", maxLength = 20) String cursor,
            @Schema(example = "symptoms", maxLength = 40) String collection,
            @Schema(example = "bone-pain", maxLength = 200) String slug,
            @Schema(enumeration = { "created", "updated", "deleted" }) String action,
            @Schema(example = "2") int version,
            OffsetDateTime at,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "The entry's address; none after a deletion.", example = "/api/v1/symptoms/bone-pain", maxLength = 200)
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

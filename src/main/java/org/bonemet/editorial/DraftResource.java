package org.bonemet.editorial;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bonemet.editing.Authors;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.LanguageParameters;
import org.bonemet.content.ListEnvelope;
import org.bonemet.content.ListParams;
import org.bonemet.content.PageRequest;
import org.bonemet.content.RequestLanguage;
import org.bonemet.content.Views;
import org.bonemet.document.SourceDocuments;
import org.bonemet.editing.EditingViews.DraftSummary;
import org.bonemet.editing.Roles;
import org.bonemet.http.Representation;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path(Views.API + "/drafts")
@Tag(name = "Editorial")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DraftResource {

    private static final List<String> STATUSES = List.of(Draft.OPEN, Draft.PUBLISHED, Draft.REJECTED);

    @Inject
    Editorial editorial;
    @Inject
    PublishedViews views;
    @Inject
    JsonWebToken token;
    @Inject
    RequestLanguage lang;
    @Inject
    ObjectMapper mapper;
    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "listDrafts", summary = "List drafts (editor, reviewer)", description = "Oldest first, so that reviews happen in order; open ones by default.")
    public ListEnvelope<DraftSummary> list(@BeanParam ListParams params,
            @QueryParam("status") @Parameter(schema = @Schema(enumeration = { "open", "published", "rejected" }, defaultValue = "open")) String status,
            @QueryParam("collection") @Parameter(schema = @Schema(enumeration = { "sites", "symptoms", "tests", "treatments", "primary-cancers",
                    "references" })) String collection) {
        PageRequest page = params.pageRequest();
        String wanted = status == null ? Draft.OPEN : status;
        if (!STATUSES.contains(wanted)) {
            throw InvalidInputException.of("status", "must be one of " + String.join(", ", STATUSES));
        }
        var query = collection == null
                ? Draft.<Draft>find("status", Sort.by("createdAt").and("id"), wanted)
                : Draft.<Draft>find("status = ?1 and collection = ?2", Sort.by("createdAt").and("id"), wanted, collection);
        return ListEnvelope.of(page.range(query).list().stream().map(EditorialViews::summary).toList(), page, query.count(), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "getDraft", summary = "Get a draft with its diff (editor, reviewer)", description = "The proposed document and an RFC 6902 JSON Patch "
            + "from the published document to it; `stale` says the entry was published anew since the draft was made.")
    public EditorialViews.DraftDetail get(@PathParam("id") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid", maxLength = 36)) UUID id) {
        Draft draft = Editorial.draft(id, LockModeType.NONE);
        Optional<Editorial.Current> current = editorial.current(draft.collection, draft.slug);
        JsonNode document = draft.document == null ? null : SourceDocuments.parse(draft.document);
        JsonNode diff = document != null && current.isPresent() ? JsonDiff.diff(current.get().document(), document) : null;
        boolean stale = draft.status.equals(Draft.OPEN) && (Action.ofDraft(draft.action) == Action.CREATE ? current.isPresent()
                : current.map(c -> c.version() != draft.baseVersion).orElse(true));
        return new EditorialViews.DraftDetail(EditorialViews.summary(draft), document, current.map(Editorial.Current::version).orElse(null),
                stale, diff);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "publishDraft", summary = "Publish a draft (reviewer who is not its author)", description = "Makes the change visible to readers and records "
            + "it as a revision and in the change feed. Returns the published entry as GET serves it, with its new ETag; 204 for a deletion. "
            + "409 when the entry was published anew since the draft was made: make a new draft from the current version.")
    @APIResponse(responseCode = "200", description = "The published entry.", content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "204", description = "The entry is deleted.")
    public Response publish(@PathParam("id") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid", maxLength = 36)) UUID id, @BeanParam LanguageParameters params)
            throws JsonProcessingException {
        Revision revision = editorial.publish(id, Authors.of(token));
        if (Action.ofRevision(revision.action) == Action.DELETE) {
            return Response.noContent().build();
        }
        Object view = views.detail(revision.collection, revision.slug, lang).orElseThrow();
        byte[] body = mapper.writeValueAsBytes(view);
        String href = Views.API + "/" + revision.collection + "/" + revision.slug;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, Representation.tag(body))
                .header("Content-Location", href)
                .build();
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(operationId = "rejectDraft", summary = "Reject a draft (reviewer)", description = "Closes it without publishing, with the reason for its author; it stays "
            + "listed with status `rejected`.")
    public DraftSummary reject(@PathParam("id") @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid", maxLength = 36)) UUID id,
            @RequestBody(required = true) @Valid @NotNull EditorialViews.Rejection rejection) {
        return EditorialViews.summary(editorial.reject(id, Authors.of(token), rejection.comment().strip()));
    }
}

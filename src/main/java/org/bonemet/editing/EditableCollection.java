package org.bonemet.editing;

import java.net.URI;

import org.bonemet.content.ListEnvelope;
import org.bonemet.content.ListParams;
import org.bonemet.content.PageRequest;
import org.bonemet.document.ContentDocument;
import org.bonemet.editing.EditingViews.DraftSummary;
import org.bonemet.editing.EditingViews.RevisionDetail;
import org.bonemet.editing.EditingViews.RevisionSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The editorial side of a collection, shared by every collection resource: changes are proposed as drafts
 * (202 Accepted with the draft) and the published history is public.
 */
public abstract class EditableCollection {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String IF_MATCH = "The ETag of the published entry as GET returned it (any language), so that no change is made to a version you have not seen.";

    @Inject
    EntryEditing editing;
    @Context
    UriInfo uri;

    /** The collection's path segment. */
    protected abstract String collection();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Propose a new entry (editor)", description = "Checks the source document against the whole knowledge base "
            + "(slug format and uniqueness, codes with check digits, references, relations, selection rules, translations) and files it "
            + "as a draft; readers see it once a reviewer publishes it.")
    @APIResponse(responseCode = "202", description = "The draft; see Location.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSummary.class)))
    public Response create(@RequestBody(required = true, content = @Content(schema = @Schema(oneOf = { ContentDocument.Item.class,
            ContentDocument.ReferenceDoc.class }))) JsonNode document) throws JsonProcessingException {
        return accepted(editing.proposeCreate(collection(), document));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Propose a new version of an entry (editor)", description = "The whole source document replaces the published one "
            + "once a reviewer publishes the draft. The slug cannot change. Start from the published document: the newest entry of "
            + "`revisions` (`?size=1`) names it, and `revisions/{number}` returns it.")
    @APIResponse(responseCode = "202", description = "The draft; see Location.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSummary.class)))
    public Response replace(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(oneOf = { ContentDocument.Item.class,
                    ContentDocument.ReferenceDoc.class }))) JsonNode document) throws JsonProcessingException {
        return accepted(editing.proposeReplace(collection(), slug, ifMatch, document));
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Propose a change to some fields of an entry (editor)", description = "An RFC 7396 JSON merge patch of the published "
            + "source document: members replace, null removes. The result is checked like a whole new version.")
    @APIResponse(responseCode = "202", description = "The draft; see Location.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSummary.class)))
    public Response patch(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    description = "Members of the source document to set; null removes one."))) JsonNode patch) throws JsonProcessingException {
        return accepted(editing.proposePatch(collection(), slug, ifMatch, patch));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Propose to remove an entry (editor)", description = "Once published, readers get 404, the history keeps every "
            + "revision and the change feed shows a deletion. Refused (409) while other entries link to it or cite it.")
    @APIResponse(responseCode = "202", description = "The draft; see Location.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSummary.class)))
    public Response delete(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch) {
        return accepted(editing.proposeDelete(collection(), slug, ifMatch));
    }

    @GET
    @Path("{slug}/revisions")
    @PermitAll
    @Operation(summary = "List the published revisions of an entry", description = "Newest first: who wrote and who reviewed each change, "
            + "and when. Deleted entries keep their history.")
    public ListEnvelope<RevisionSummary> revisions(@PathParam("slug") String slug, @BeanParam ListParams params) {
        PageRequest page = params.pageRequest();
        return ListEnvelope.ofAll(editing.revisions(collection(), slug), page, revision -> revision, uri);
    }

    @GET
    @Path("{slug}/revisions/{number}")
    @PermitAll
    @Operation(summary = "Get one published revision", description = "The whole source document as published and the JSON Patch of what it changed.")
    public RevisionDetail revision(@PathParam("slug") String slug,
            @PathParam("number") @Parameter(schema = @Schema(minimum = "1", maximum = "100000")) int number) {
        return editing.revision(collection(), slug, number);
    }

    @POST
    @Path("{slug}/revisions/{number}/restore")
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Propose an old revision again (editor)", description = "Files the revision's document as a new draft: an update "
            + "of the entry, or its re-creation when it was deleted. It goes through review like any change.")
    @APIResponse(responseCode = "202", description = "The draft; see Location.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSummary.class)))
    public Response restore(@PathParam("slug") String slug,
            @PathParam("number") @Parameter(schema = @Schema(minimum = "1", maximum = "100000")) int number) {
        return accepted(editing.proposeRestore(collection(), slug, number));
    }

    private static Response accepted(DraftSummary draft) {
        return Response.accepted(draft).location(URI.create(draft.href())).build();
    }
}

package org.bonemet.editorial;

import java.util.List;

import org.bonemet.editing.Authors;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.Views;
import org.bonemet.document.SourceDocuments;
import org.bonemet.editing.EditingViews.DraftSummary;
import org.bonemet.editing.EditingViews.RevisionDetail;
import org.bonemet.editing.EditingViews.RevisionSummary;
import org.bonemet.editing.EntryEditing;
import org.bonemet.problem.ClientProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The editorial operations of every collection: checks the caller's {@code If-Match} against the entry as readers
 * see it (428 without one, 412 when stale), then files the change as a draft by the signed-in author.
 */
@ApplicationScoped
public class EntryEditor implements EntryEditing {

    @Inject
    Editorial editorial;
    @Inject
    PublishedViews views;
    @Inject
    JsonWebToken token;

    @Override
    public DraftSummary proposeCreate(String collection, JsonNode document) throws JsonProcessingException {
        return EditorialViews.summary(editorial.proposeCreate(collection, document, author()));
    }

    @Override
    public DraftSummary proposeReplace(String collection, String slug, String ifMatch, JsonNode document) throws JsonProcessingException {
        Editorial.Current base = precondition(collection, slug, ifMatch);
        return EditorialViews.summary(editorial.proposeUpdate(collection, slug, base, document, author()));
    }

    @Override
    public DraftSummary proposePatch(String collection, String slug, String ifMatch, JsonNode mergePatch) throws JsonProcessingException {
        Editorial.Current base = precondition(collection, slug, ifMatch);
        if (mergePatch == null || !mergePatch.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object (a merge patch)");
        }
        return EditorialViews.summary(editorial.proposeUpdate(collection, slug, base, JsonDiff.mergePatch(base.document(), mergePatch), author()));
    }

    @Override
    public DraftSummary proposeDelete(String collection, String slug, String ifMatch) {
        Editorial.Current base = precondition(collection, slug, ifMatch);
        return EditorialViews.summary(editorial.proposeDelete(collection, slug, base, author()));
    }

    @Override
    public DraftSummary proposeRestore(String collection, String slug, int number) {
        return EditorialViews.summary(editorial.restore(collection, slug, number, author()));
    }

    @Override
    public List<RevisionSummary> revisions(String collection, String slug) {
        return editorial.revisions(collection, slug).stream().map(EditorialViews::summary).toList();
    }

    @Override
    public RevisionDetail revision(String collection, String slug, int number) {
        Revision revision = editorial.revision(collection, slug, number);
        return new RevisionDetail(EditorialViews.summary(revision), SourceDocuments.parse(revision.document),
                revision.changes == null ? null : SourceDocuments.parse(revision.changes));
    }

    private Editorial.Current precondition(String collection, String slug, String ifMatch) {
        Editorial.Current current = editorial.require(collection, slug);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ClientProblem(428, "Send If-Match with the ETag of the published entry (GET " + Views.API + "/" + collection + "/" + slug
                    + ") so that no change is made to a version you have not seen.");
        }
        if (!views.matches(collection, slug, ifMatch)) {
            throw new ClientProblem(412, "The entry has changed since you read it (If-Match does not name its current ETag): read it again, then edit.");
        }
        return current;
    }

    private String author() {
        return Authors.of(token);
    }
}

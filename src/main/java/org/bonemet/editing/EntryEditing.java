package org.bonemet.editing;

import java.util.List;

import org.bonemet.editing.EditingViews.DraftSummary;
import org.bonemet.editing.EditingViews.RevisionDetail;
import org.bonemet.editing.EditingViews.RevisionSummary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The editorial operations every collection offers under its own path, implemented by the editorial service: a
 * change is filed as a draft for review (on the entry the caller last read, named by {@code If-Match}), and the
 * published history is public. The author is the signed-in caller. A document that is not valid JSON for its
 * collection fails with the reader's {@link JsonProcessingException}.
 */
public interface EntryEditing {

    DraftSummary proposeCreate(String collection, JsonNode document) throws JsonProcessingException;

    DraftSummary proposeReplace(String collection, String slug, String ifMatch, JsonNode document) throws JsonProcessingException;

    DraftSummary proposePatch(String collection, String slug, String ifMatch, JsonNode mergePatch) throws JsonProcessingException;

    DraftSummary proposeDelete(String collection, String slug, String ifMatch);

    DraftSummary proposeRestore(String collection, String slug, int number);

    List<RevisionSummary> revisions(String collection, String slug);

    RevisionDetail revision(String collection, String slug, int number);
}

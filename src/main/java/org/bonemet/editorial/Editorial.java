package org.bonemet.editorial;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bonemet.collection.ContentCollections;
import org.bonemet.collection.ContentLoader;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.content.InvalidInputException;
import org.bonemet.content.UnknownResourceException;
import org.bonemet.document.SourceDocuments;
import org.bonemet.problem.ClientProblem;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The editorial workflow: changes are proposed as drafts, checked with the same validator as the curated
 * files (and so the same rule model the evaluator uses), and published by a second person, each
 * publication becoming a revision. Nothing is overwritten silently: a draft made from an older version
 * cannot be published, and every published document stays in the history.
 */
@ApplicationScoped
public class Editorial {

    public static final String REFERENCES = ContentLoader.REFERENCES;

    public record Current(int version, JsonNode document) {
    }

    @Inject
    EntityManager em;
    @Inject
    PublishedKnowledge knowledge;
    @Inject
    Event<ContentPublished> published;

    /** The published document of an entry and its version. */
    public Optional<Current> current(String collection, String slug) {
        List<?> rows = em.createNativeQuery("SELECT version, CAST(document AS text) FROM published_document WHERE collection = ?1 AND slug = ?2")
                .setParameter(1, collection).setParameter(2, slug).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Current(((Number) columns[0]).intValue(), SourceDocuments.parse((String) columns[1]));
        });
    }

    public Current require(String collection, String slug) {
        return current(collection, slug).orElseThrow(() -> new UnknownResourceException(collection, slug));
    }

    /** Checks a document sent by an editor and returns it in its canonical form (absent values left out). */
    public JsonNode canonical(String collection, JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        return SourceDocuments.tree(REFERENCES.equals(collection) ? SourceDocuments.reference(body) : ContentCollections.read(ContentCollections.of(collection), body));
    }

    @Transactional
    public Draft proposeCreate(String collection, JsonNode body, String author) throws JsonProcessingException {
        JsonNode document = canonical(collection, body);
        String slug = document.path("slug").asText(null);
        if (slug == null) {
            throw InvalidInputException.of("slug", "is required");
        }
        if (everUsed(collection, slug)) {
            throw new ClientProblem(409, "The slug '" + slug + "' is already used in " + collection
                    + "; slugs are never reused, even after a deletion.");
        }
        PublishedKnowledge.requireValid(knowledge.current().with(collection, slug, document), 400);
        return save(collection, slug, Action.CREATE, null, document, author);
    }

    @Transactional
    public Draft proposeUpdate(String collection, String slug, Current base, JsonNode body, String author) throws JsonProcessingException {
        JsonNode document = canonical(collection, body);
        String sent = document.path("slug").asText(null);
        if (sent != null && !sent.equals(slug)) {
            throw InvalidInputException.of("slug", "cannot change: slugs are stable ids (was '" + slug + "')");
        }
        document = ((com.fasterxml.jackson.databind.node.ObjectNode) document).put("slug", slug);
        if (document.equals(base.document())) {
            throw new ClientProblem(409, "The document is the same as the published version " + base.version() + "; there is nothing to review.");
        }
        PublishedKnowledge.requireValid(knowledge.current().with(collection, slug, document), 400);
        return save(collection, slug, Action.UPDATE, base.version(), document, author);
    }

    @Transactional
    public Draft proposeDelete(String collection, String slug, Current base, String author) {
        PublishedKnowledge.requireValid(knowledge.current().with(collection, slug, null), 409);
        return save(collection, slug, Action.DELETE, base.version(), null, author);
    }

    /** Makes a draft visible to readers; returns the new revision. */
    @Transactional
    public Revision publish(UUID draftId, String reviewer) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, Publication.LOCK).getSingleResult();
        Draft draft = open(draftId);
        if (draft.author.equals(reviewer)) {
            throw new ClientProblem(403, "A draft is published by a reviewer other than its author (four-eyes rule).");
        }
        Optional<Current> current = current(draft.collection, draft.slug);
        // a new entry's slug must still be free; a deleted entry may come back through a restored revision, whose
        // draft is made after its history began (a fresh slug's draft that saw no history cannot reuse it)
        if (Action.ofDraft(draft.action) == Action.CREATE && (current.isPresent() || historyBeganAfter(draft))) {
            throw new ClientProblem(409, "The slug '" + draft.slug + "' was taken in " + draft.collection + " after this draft was made.");
        }
        if (Action.ofDraft(draft.action) != Action.CREATE) {
            int now = current.map(Current::version).orElse(0);
            if (current.isEmpty() || now != draft.baseVersion) {
                throw new ClientProblem(409, "The published entry changed since this draft was made from version " + draft.baseVersion
                        + (current.isEmpty() ? "; it has been deleted." : "; it is now at version " + now + ".")
                        + " Make a new draft from the current version.");
            }
        }
        JsonNode document = draft.document == null ? null : SourceDocuments.parse(draft.document);
        Content next = knowledge.current().with(draft.collection, draft.slug, document);
        PublishedKnowledge.requireValid(next, 409);
        int number = lastNumber(draft.collection, draft.slug) + 1;
        apply(draft.collection, draft.slug, document, number, next);

        Revision revision = new Revision();
        revision.collection = draft.collection;
        revision.slug = draft.slug;
        revision.number = number;
        revision.action = Action.ofDraft(draft.action).published;
        JsonNode previous = current.map(Current::document).orElse(null);
        revision.document = SourceDocuments.text(document != null ? document : previous);
        revision.changes = previous == null || document == null ? null : SourceDocuments.text(JsonDiff.diff(previous, document));
        revision.author = draft.author;
        revision.reviewer = reviewer;
        revision.draftId = draft.id;
        revision.persist();
        decide(draft, Draft.PUBLISHED, reviewer, null);
        published.fire(new ContentPublished(draft.collection, draft.slug, revision.seq));
        return revision;
    }

    @Transactional
    public Draft reject(UUID draftId, String reviewer, String comment) {
        Draft draft = open(draftId);
        decide(draft, Draft.REJECTED, reviewer, comment);
        return draft;
    }

    /** Proposes an old revision's document again: an update of the entry, or its re-creation after a deletion. */
    @Transactional
    public Draft restore(String collection, String slug, int number, String author) {
        Revision revision = revision(collection, slug, number);
        JsonNode document = SourceDocuments.parse(revision.document);
        Optional<Current> current = current(collection, slug);
        if (current.isPresent() && current.get().document().equals(document)) {
            throw new ClientProblem(409, "Revision " + number + " is what is published now; there is nothing to restore.");
        }
        PublishedKnowledge.requireValid(knowledge.current().with(collection, slug, document), 409);
        return current.isPresent()
                ? save(collection, slug, Action.UPDATE, current.get().version(), document, author)
                : save(collection, slug, Action.CREATE, null, document, author);
    }

    public Revision revision(String collection, String slug, int number) {
        return Revision.<Revision>find("collection = ?1 and slug = ?2 and number = ?3", collection, slug, number).firstResultOptional()
                .orElseThrow(() -> new ClientProblem(404, "No revision " + number + " of '" + slug + "' in " + collection + "."));
    }

    /** The revisions of an entry, newest first; 404 when the slug was never published. */
    public List<Revision> revisions(String collection, String slug) {
        List<Revision> revisions = Revision.list("collection = ?1 and slug = ?2 order by number desc", collection, slug);
        if (revisions.isEmpty()) {
            throw new UnknownResourceException(collection, slug);
        }
        return revisions;
    }

    /** A draft, or a 404 problem. */
    public static Draft draft(UUID draftId, LockModeType lock) {
        Draft draft = Draft.findById(draftId, lock);
        if (draft == null) {
            throw new ClientProblem(404, "No draft " + draftId + ".");
        }
        return draft;
    }

    private Draft open(UUID draftId) {
        Draft draft = draft(draftId, LockModeType.PESSIMISTIC_WRITE);
        if (!draft.status.equals(Draft.OPEN)) {
            throw new ClientProblem(409, "Draft " + draftId + " is already " + draft.status + ".");
        }
        return draft;
    }

    private static void decide(Draft draft, String status, String by, String comment) {
        draft.status = status;
        draft.decidedBy = by;
        draft.decidedAt = OffsetDateTime.now();
        draft.comment = comment;
    }

    private Draft save(String collection, String slug, Action action, Integer baseVersion, JsonNode document, String author) {
        Draft draft = new Draft();
        draft.collection = collection;
        draft.slug = slug;
        draft.action = action.proposed;
        draft.baseVersion = baseVersion;
        draft.document = document == null ? null : SourceDocuments.text(document);
        draft.author = author;
        draft.persist();
        em.flush();
        em.refresh(draft);
        return draft;
    }

    private boolean everUsed(String collection, String slug) {
        return Revision.count("collection = ?1 and slug = ?2", collection, slug) > 0;
    }

    private boolean historyBeganAfter(Draft draft) {
        return (Boolean) em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM revision WHERE collection = ?1 AND slug = ?2 AND number = 1"
                + " AND published_at >= ?3)").setParameter(1, draft.collection).setParameter(2, draft.slug)
                .setParameter(3, draft.createdAt).getSingleResult();
    }

    private int lastNumber(String collection, String slug) {
        Number last = (Number) em.createNativeQuery("SELECT coalesce(max(number), 0) FROM revision WHERE collection = ?1 AND slug = ?2")
                .setParameter(1, collection).setParameter(2, slug).getSingleResult();
        return last.intValue();
    }

    /** Writes the publication into published_document and the tables readers query, in this transaction. */
    private void apply(String collection, String slug, JsonNode document, int version, Content knowledge) {
        em.unwrap(Session.class).doWork(connection -> Publication.write(connection, collection, slug, document, version, knowledge));
    }
}

package org.bonemet.release;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bonemet.collection.ContentLoader;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.collection.ContentLoader.InvalidContentException;
import org.bonemet.collection.Rows;
import org.bonemet.document.ContentDocument.Release;
import org.bonemet.document.SourceDocuments;
import org.bonemet.editorial.Action;
import org.bonemet.editorial.JsonDiff;
import org.bonemet.editorial.Publication;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Publishes the curated content files of this release as revisions, so that a database seeded by any earlier
 * release receives every correction the way readers and syncing apps see any publication: a new version, a
 * revision with its author and reviewer and JSON Patch, a change-feed cursor. A fresh database gets every entry
 * as its first revision.
 * <p>
 * The files never overwrite an editor: an entry whose newest revision was written by someone else than the files
 * is left as published, and the release's document is filed as a draft for a reviewer to decide. Entries the
 * files created and no longer contain are deleted. Everything happens in one transaction, after the whole
 * resulting knowledge base has passed the validator; nothing is written otherwise.
 */
public final class ContentRelease {

    private static final Logger LOG = Logger.getLogger(ContentRelease.class);

    /** What a release did. */
    public record Outcome(int created, int updated, int deleted, int drafted) {
    }

    private record Key(String collection, String slug) {
    }

    private record Stored(Integer version, JsonNode document, int lastNumber, String lastAuthor) {
    }

    private record Change(Key key, Action action, JsonNode document, Stored stored) {
    }

    /** Equal content compares equal whatever the number's type or notation (30, 30.0, 3E+1). */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private ContentRelease() {
    }

    /** Applies the release of the classpath's content files on this connection and commits it. */
    public static Outcome apply(Connection connection) throws SQLException {
        Content content = ContentLoader.read();
        Release release = ContentLoader.manifest().release();
        if (release == null || release.version() == null || release.reviewedBy() == null) {
            throw InvalidContentException.of("manifest.yaml", "release needs version and reviewedBy");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Outcome outcome = apply(connection, ContentLoader.documents(content), release);
            connection.commit();
            if (outcome.created() + outcome.updated() + outcome.deleted() + outcome.drafted() > 0) {
                LOG.infof("Content release %s: %d created, %d updated, %d deleted, %d filed as drafts for review", release.version(),
                        outcome.created(), outcome.updated(), outcome.deleted(), outcome.drafted());
            }
            return outcome;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Outcome apply(Connection connection, Map<String, Map<String, JsonNode>> wanted, Release release) throws SQLException {
        Rows rows = new Rows(connection);
        rows.execute("SELECT pg_advisory_xact_lock(?)", Publication.LOCK);
        Map<Key, Stored> stored = stored(connection);
        List<Change> changes = new ArrayList<>();
        List<Change> drafts = new ArrayList<>();
        wanted.forEach((collection, documents) -> documents.forEach((slug, document) -> {
            Key key = new Key(collection, slug);
            Stored now = stored.get(key);
            if (now != null && now.document() != null && document.equals(SAME_VALUE, now.document())) {
                return;
            }
            if (now == null || now.lastAuthor().equals(ContentLoader.RELEASE_AUTHOR)) {
                changes.add(new Change(key, now == null || now.version() == null ? Action.CREATE : Action.UPDATE, document, now));
            } else if (now.version() != null) {
                drafts.add(new Change(key, Action.UPDATE, document, now));
            } else {
                LOG.warnf("Content release: %s/%s was deleted by an editor and is not created again", collection, slug);
            }
        }));
        // deletions after the updates that stop citing or naming the entry; references last
        List<Change> deletions = new ArrayList<>();
        stored.forEach((key, now) -> {
            boolean kept = wanted.getOrDefault(key.collection(), Map.of()).containsKey(key.slug());
            if (!kept && now.version() != null && now.lastAuthor().equals(ContentLoader.RELEASE_AUTHOR)) {
                deletions.add(new Change(key, Action.DELETE, null, now));
            }
        });
        deletions.sort((a, b) -> Boolean.compare(a.key().collection().equals(ContentLoader.REFERENCES), b.key().collection().equals(ContentLoader.REFERENCES)));
        changes.addAll(deletions);

        Content next = next(stored, changes);
        var problems = ContentLoader.validate(next);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        int created = 0;
        int updated = 0;
        int deleted = 0;
        for (Change change : changes) {
            int number = change.stored() == null ? 1 : change.stored().lastNumber() + 1;
            Publication.write(connection, change.key().collection(), change.key().slug(), change.document(), number, next);
            JsonNode previous = change.stored() == null ? null : change.stored().document();
            JsonNode patch = previous == null || change.document() == null ? null : JsonDiff.diff(previous, change.document());
            rows.execute("INSERT INTO revision (collection, slug, number, action, document, changes, author, reviewer)"
                    + " VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)", change.key().collection(), change.key().slug(), number,
                    change.action().published, SourceDocuments.text(change.document() != null ? change.document() : previous),
                    patch == null ? null : SourceDocuments.text(patch), ContentLoader.RELEASE_AUTHOR, release.reviewedBy());
            LOG.debugf("Content release: %s %s/%s as revision %d %s", change.action(), change.key().collection(), change.key().slug(), number,
                    patch == null ? "" : patch);
            switch (change.action()) {
                case CREATE -> created++;
                case UPDATE -> updated++;
                case DELETE -> deleted++;
            }
        }
        int drafted = 0;
        for (Change draft : drafts) {
            if (!openDraftExists(connection, draft)) {
                rows.execute("INSERT INTO draft (id, collection, slug, action, base_version, document, author)"
                        + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)", UUID.randomUUID(), draft.key().collection(),
                        draft.key().slug(), draft.action().proposed, draft.stored().version(), SourceDocuments.text(draft.document()), ContentLoader.RELEASE_AUTHOR);
                drafted++;
            }
        }
        return new Outcome(created, updated, deleted, drafted);
    }

    /** Every entry ever published: its current document (none once deleted) and its newest revision. */
    private static Map<Key, Stored> stored(Connection connection) throws SQLException {
        Map<Key, Stored> stored = new LinkedHashMap<>();
        String sql = "SELECT r.collection, r.slug, r.number, r.author, p.version, CAST(p.document AS text)"
                + " FROM (SELECT DISTINCT ON (collection, slug) collection, slug, number, author FROM revision"
                + " ORDER BY collection, slug, number DESC) r"
                + " LEFT JOIN published_document p ON p.collection = r.collection AND p.slug = r.slug";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Integer version = rows.getObject(5) == null ? null : rows.getInt(5);
                JsonNode document = rows.getString(6) == null ? null : SourceDocuments.parse(rows.getString(6));
                stored.put(new Key(rows.getString(1), rows.getString(2)), new Stored(version, document, rows.getInt(3), rows.getString(4)));
            }
        }
        return stored;
    }

    /** The knowledge base once the changes are published. */
    private static Content next(Map<Key, Stored> stored, List<Change> changes) {
        Map<Key, JsonNode> documents = new HashMap<>();
        stored.forEach((key, now) -> {
            if (now.document() != null) {
                documents.put(key, now.document());
            }
        });
        for (Change change : changes) {
            if (change.document() == null) {
                documents.remove(change.key());
            } else {
                documents.put(change.key(), change.document());
            }
        }
        Content next = new Content(new ArrayList<>(), org.bonemet.collection.ContentCollections.newMap());
        for (var entry : documents.entrySet()) {
            next = next.with(entry.getKey().collection(), entry.getKey().slug(), entry.getValue());
        }
        return next;
    }

    private static boolean openDraftExists(Connection connection, Change draft) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM draft WHERE collection = ? AND slug = ?"
                + " AND status = 'open' AND author = ? AND document = CAST(? AS jsonb)")) {
            statement.setString(1, draft.key().collection());
            statement.setString(2, draft.key().slug());
            statement.setString(3, ContentLoader.RELEASE_AUTHOR);
            statement.setString(4, SourceDocuments.text(draft.document()));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}

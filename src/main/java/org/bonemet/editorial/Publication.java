package org.bonemet.editorial;

import java.sql.Connection;
import java.sql.SQLException;

import org.bonemet.collection.ContentCollection;
import org.bonemet.collection.ContentCollections;
import org.bonemet.collection.ContentLoader;
import org.bonemet.collection.ContentLoader.Content;
import org.bonemet.collection.ContentWriter;
import org.bonemet.collection.Rows;
import org.bonemet.document.SourceDocuments;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes one publication into published_document and the tables readers query, on the caller's connection and
 * in its transaction: the same for an editor's draft and for a content release.
 */
public final class Publication {

    /** Serialises publications so that the order of their cursors is the order of their commits. */
    public static final long LOCK = 0x626f6e656d6574L;

    private Publication() {
    }

    /** Publishes {@code document} as {@code version} of the entry, or removes the entry when it is null. */
    public static void write(Connection connection, String collection, String slug, JsonNode document, int version, Content knowledge)
            throws SQLException {
        Rows rows = new Rows(connection);
        if (document == null) {
            rows.execute("DELETE FROM published_document WHERE collection = ? AND slug = ?", collection, slug);
        } else {
            rows.execute("INSERT INTO published_document (collection, slug, version, document) VALUES (?, ?, ?, CAST(? AS jsonb))"
                    + " ON CONFLICT (collection, slug) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document",
                    collection, slug, version, SourceDocuments.text(document));
        }
        ContentWriter writer = new ContentWriter(rows);
        if (document == null) {
            writer.remove(collection, slug);
        } else if (ContentLoader.REFERENCES.equals(collection)) {
            writer.publish(SourceDocuments.storedReference(document), version);
        } else {
            ContentCollection type = ContentCollections.of(collection);
            writer.publish(type, ContentCollections.stored(type, document), version, knowledge.items());
        }
    }
}

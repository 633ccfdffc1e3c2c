package org.bonemet.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.bonemet.content.ContentCollections;
import org.bonemet.content.ContentDocument.Item;
import org.bonemet.content.ContentDocument.ReferenceDoc;
import org.bonemet.content.ContentLoader.Content;
import org.bonemet.content.ContentWriter;
import org.bonemet.content.Rows;
import org.bonemet.content.SourceDocuments;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes one publication into published_document and the tables readers query, on the caller's connection and
 * in its transaction: the same for an editor's draft and for a content release.
 */
final class Publication {

    /** Serialises publications so that the order of their cursors is the order of their commits. */
    static final long LOCK = 0x626f6e656d6574L;

    private Publication() {
    }

    /** Publishes {@code document} as {@code version} of the entry, or removes the entry when it is null. */
    static void write(Connection connection, String collection, String slug, JsonNode document, int version, Content knowledge)
            throws SQLException {
        if (document == null) {
            execute(connection, "DELETE FROM published_document WHERE collection = ? AND slug = ?", collection, slug);
        } else {
            execute(connection, "INSERT INTO published_document (collection, slug, version, document) VALUES (?, ?, ?, CAST(? AS jsonb))"
                    + " ON CONFLICT (collection, slug) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document",
                    collection, slug, version, SourceDocuments.text(document));
        }
        ContentWriter writer = new ContentWriter(new Rows(connection));
        if (document == null) {
            writer.remove(collection, slug);
        } else if (Editorial.REFERENCES.equals(collection)) {
            writer.publish(SourceDocuments.stored(document, ReferenceDoc.class), version);
        } else {
            writer.publish(ContentCollections.of(collection), SourceDocuments.stored(document, Item.class), version, knowledge.items());
        }
    }

    static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        }
    }
}

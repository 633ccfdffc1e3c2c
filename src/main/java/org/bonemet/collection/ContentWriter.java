package org.bonemet.collection;

import java.sql.Date;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.ReferenceDoc;
import org.bonemet.document.ContentDocument.Review;

/**
 * Writes one validated, published entry into the tables readers query, inside the publishing transaction: an
 * editor's publication, or a content release applied after the schema migrations. The common rows are written
 * here; each collection writes its own ({@link ContentCollection#writeRow}).
 */
public final class ContentWriter {

    private static final String ENGLISH = "en";

    private final Rows rows;

    public ContentWriter(Rows rows) {
        this.rows = rows;
    }

    /** Creates or replaces a reference as {@code version}. */
    public void publish(ReferenceDoc ref, int version) {
        rows.execute("INSERT INTO reference (slug, name, citation, kind, year, url, doi, pmid, note, last_reviewed, next_review, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name,"
                + " citation = EXCLUDED.citation, kind = EXCLUDED.kind, year = EXCLUDED.year, url = EXCLUDED.url, doi = EXCLUDED.doi,"
                + " pmid = EXCLUDED.pmid, note = EXCLUDED.note, last_reviewed = EXCLUDED.last_reviewed,"
                + " next_review = EXCLUDED.next_review, version = EXCLUDED.version, updated_at = now()",
                ref.slug(), ref.name(), ref.citation(), ref.kind(), ref.year(), ref.url(), ref.doi(), ref.pmid(), ref.note(),
                last(ref.review()), next(ref.review()), version);
    }

    /**
     * Creates or replaces an item as {@code version}, with its translations, and links it again to every
     * entry of {@code knowledge} that it names or that names it. Rows are replaced, the item's id is kept.
     */
    public void publish(ContentCollection collection, Item item, int version, Map<ContentCollection, List<Item>> knowledge)
            throws SQLException {
        long id = rows.id("INSERT INTO content_item (collection, slug, last_reviewed, next_review, version) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (collection, slug) DO UPDATE SET last_reviewed = EXCLUDED.last_reviewed, next_review = EXCLUDED.next_review,"
                + " version = EXCLUDED.version, updated_at = now() RETURNING id",
                collection.path(), item.slug(), last(item.review()), next(item.review()), version);
        for (String table : List.of("content_text", "content_synonym", "content_statement", "content_code", "content_reference")) {
            rows.execute("DELETE FROM " + table + " WHERE item_id = ?", id);
        }
        rows.execute("DELETE FROM content_relation WHERE from_id = ? OR to_id = ?", id, id);
        collection.writeRow(rows, id, item, knowledge);
        writeTexts(collection, item, id);
        // entries not stored yet are linked when they are published, from their side
        Set<Long> linked = new HashSet<>();
        for (var target : collection.relations(item).entrySet()) {
            for (String slug : target.getValue()) {
                linked.add(find(target.getKey(), slug));
            }
        }
        for (var other : knowledge.entrySet()) {
            for (Item candidate : other.getValue()) {
                if (other.getKey().relations(candidate).getOrDefault(collection.path(), List.of()).contains(item.slug())) {
                    linked.add(find(other.getKey().path(), candidate.slug()));
                }
            }
        }
        linked.remove(null);
        for (long other : linked) {
            rows.execute("INSERT INTO content_relation (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING", Math.min(id, other),
                    Math.max(id, other));
        }
    }

    /** Removes an entry from what readers see; its documents stay in the revision history. */
    public void remove(String collection, String slug) {
        if (collection.equals(ContentLoader.REFERENCES)) {
            rows.execute("DELETE FROM reference WHERE slug = ?", slug);
        } else {
            rows.execute("DELETE FROM content_item WHERE collection = ? AND slug = ?", collection, slug);
        }
    }

    private Long find(String collection, String slug) {
        return rows.id("SELECT id FROM content_item WHERE collection = ? AND slug = ?", collection, slug);
    }

    private void writeTexts(ContentCollection collection, Item item, long id) throws SQLException {
        rows.execute("INSERT INTO content_text (item_id, lang, name, summary, details) VALUES (?, ?, ?, ?, ?)",
                id, ENGLISH, item.name(), item.summary().strip(), item.details().strip());
        List<String> synonyms = item.synonyms() == null ? List.of() : item.synonyms();
        for (int i = 0; i < synonyms.size(); i++) {
            rows.execute("INSERT INTO content_synonym (item_id, lang, position, text) VALUES (?, ?, ?, ?)", id, ENGLISH, i, synonyms.get(i));
        }
        for (int i = 0; i < item.references().size(); i++) {
            rows.execute("INSERT INTO content_reference (item_id, reference_id, position) VALUES (?, (SELECT id FROM reference WHERE slug = ?), ?)",
                    id, item.references().get(i), i);
        }
        if (item.codes() != null) {
            for (var code : item.codes()) {
                rows.execute("INSERT INTO content_code (item_id, system, code, display) VALUES (?, ?, ?, ?)",
                        id, code.system(), code.code(), code.display());
            }
        }
        for (var section : collection.sections(item).entrySet()) {
            for (int i = 0; i < section.getValue().size(); i++) {
                var statement = section.getValue().get(i);
                rows.execute("INSERT INTO content_statement (item_id, lang, section, position, text, reference_id, locator, evidence_type)"
                        + " VALUES (?, ?, ?, ?, ?, (SELECT id FROM reference WHERE slug = ?), ?, ?)", id, ENGLISH, section.getKey(), i,
                        statement.text().strip(), statement.reference(), statement.locator(), statement.evidenceType());
            }
        }
        if (item.translations() != null) {
            for (var translation : item.translations().entrySet()) {
                Translation.write(rows, id, translation.getKey(), translation.getValue());
                collection.writeTranslation(rows, id, translation.getKey(), translation.getValue());
            }
        }
    }

    private static Date last(Review review) {
        return Date.valueOf(review.lastReviewed());
    }

    private static Date next(Review review) {
        return Date.valueOf(review.nextReview());
    }
}

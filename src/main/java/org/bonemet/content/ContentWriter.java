package org.bonemet.content;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bonemet.content.ContentDocument.Criterion;
import org.bonemet.content.ContentDocument.Item;
import org.bonemet.content.ContentDocument.ReferenceDoc;
import org.bonemet.content.ContentDocument.Review;

/**
 * Writes one validated, published entry into the tables readers query, with plain JDBC inside the publishing
 * transaction: an editor's publication, or a content release applied after the schema migrations.
 */
public final class ContentWriter {

    private static final String ENGLISH = "en";

    private final Connection connection;
    private final Map<String, Long> referenceIds = new HashMap<>();

    ContentWriter(Connection connection) {
        this.connection = connection;
    }

    /** A writer for publishing single entries into the stored knowledge base. */
    public static ContentWriter forPublishing(Connection connection) throws SQLException {
        ContentWriter writer = new ContentWriter(connection);
        try (PreparedStatement statement = connection.prepareStatement("SELECT slug, id FROM reference");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                writer.referenceIds.put(rows.getString(1), rows.getLong(2));
            }
        }
        return writer;
    }

    /** Creates or replaces a reference as {@code version}. */
    public void publish(ReferenceDoc ref, int version) throws SQLException {
        long id = insert("INSERT INTO reference (slug, name, citation, kind, year, url, doi, pmid, note, last_reviewed, next_review, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name,"
                + " citation = EXCLUDED.citation, kind = EXCLUDED.kind, year = EXCLUDED.year, url = EXCLUDED.url, doi = EXCLUDED.doi,"
                + " pmid = EXCLUDED.pmid, note = EXCLUDED.note, last_reviewed = EXCLUDED.last_reviewed,"
                + " next_review = EXCLUDED.next_review, version = EXCLUDED.version, updated_at = now() RETURNING id",
                ref.slug(), ref.name(), ref.citation(), ref.kind(), ref.year(), ref.url(), ref.doi(), ref.pmid(), ref.note(),
                last(ref.review()), next(ref.review()), version);
        referenceIds.put(ref.slug(), id);
    }

    /**
     * Creates or replaces an item as {@code version}, with its translations, and links it again to every
     * entry of {@code knowledge} that it names or that names it. Rows are replaced, the item's id is kept.
     */
    public void publish(Collection collection, Item item, int version, Map<Collection, List<Item>> knowledge) throws SQLException {
        Long existing = find(collection, item.slug());
        long id;
        if (existing == null) {
            id = insertRow(collection, item);
        } else {
            id = existing;
            update("UPDATE content_item SET last_reviewed = ?, next_review = ?, updated_at = now() WHERE id = ?",
                    last(item.review()), next(item.review()), id);
            for (String table : List.of("content_text", "content_synonym", "content_statement", "content_code", "content_reference")) {
                update("DELETE FROM " + table + " WHERE item_id = ?", id);
            }
            update("DELETE FROM selection_criterion WHERE treatment_id = ?", id);
            update("DELETE FROM content_relation WHERE from_id = ? OR to_id = ?", id, id);
            updateType(collection, item, id);
        }
        update("UPDATE content_item SET version = ? WHERE id = ?", version, id);
        writeTexts(collection, item, id);
        if (collection == Collection.SITES) {
            update("UPDATE site SET parent_id = (SELECT id FROM content_item WHERE collection = 'sites' AND slug = ?) WHERE item_id = ?",
                    item.parent(), id);
            for (Item child : knowledge.getOrDefault(Collection.SITES, List.of())) {
                if (item.slug().equals(child.parent())) {
                    update("UPDATE site SET parent_id = ? WHERE item_id = (SELECT id FROM content_item WHERE collection = 'sites' AND slug = ?)",
                            id, child.slug());
                }
            }
        }
        // entries not stored yet are linked when they are published, from their side
        Set<Long> linked = new HashSet<>();
        for (var target : ContentShape.relations(collection, item).entrySet()) {
            for (String slug : target.getValue()) {
                linked.add(find(target.getKey(), slug));
            }
        }
        for (var other : knowledge.entrySet()) {
            for (Item candidate : other.getValue()) {
                if (ContentShape.relations(other.getKey(), candidate).getOrDefault(collection, List.of()).contains(item.slug())) {
                    linked.add(find(other.getKey(), candidate.slug()));
                }
            }
        }
        linked.remove(null);
        for (long other : linked) {
            update("INSERT INTO content_relation (from_id, to_id) VALUES (?, ?) ON CONFLICT DO NOTHING", Math.min(id, other), Math.max(id, other));
        }
    }

    /** Removes an entry from what readers see; its documents stay in the revision history. */
    public void remove(String collection, String slug) throws SQLException {
        if (collection.equals("references")) {
            update("DELETE FROM reference WHERE slug = ?", slug);
        } else {
            update("DELETE FROM content_item WHERE collection = ? AND slug = ?", collection, slug);
        }
    }

    private Long find(Collection collection, String slug) throws SQLException {
        try (PreparedStatement statement = prepare("SELECT id FROM content_item WHERE collection = ? AND slug = ?", collection.path, slug);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : null;
        }
    }

    private long insertRow(Collection collection, Item item) throws SQLException {
        long id = insert("INSERT INTO content_item (collection, slug, last_reviewed, next_review) VALUES (?, ?, ?, ?) RETURNING id",
                collection.path, item.slug(), last(item.review()), next(item.review()));
        switch (collection) {
            case SITES -> update("INSERT INTO site (item_id, kind, frequency_percent) VALUES (?, ?, ?)", id, item.kind(),
                    item.frequency() == null ? null : item.frequency().percentOfPatients());
            case PRIMARY_CANCERS -> update("INSERT INTO primary_cancer (item_id, marrow_malignancy, lesion_type, radiosensitivity,"
                    + " incidence_low, incidence_high) VALUES (?, ?, ?, ?, ?, ?)", id, item.marrowMalignancy(), item.lesionType(),
                    item.radiosensitivity(), item.boneMetastasisIncidence() == null ? null : item.boneMetastasisIncidence().low(),
                    item.boneMetastasisIncidence() == null ? null : item.boneMetastasisIncidence().high());
            case SYMPTOMS -> update("INSERT INTO symptom (item_id, kind, urgency) VALUES (?, ?, ?)", id, item.kind(), item.urgency());
            case TESTS -> update("INSERT INTO diagnostic_test (item_id, category, sensitivity_percent, specificity_percent)"
                    + " VALUES (?, ?, ?, ?)", id, item.category(),
                    item.performance() == null ? null : item.performance().sensitivityPercent(),
                    item.performance() == null ? null : item.performance().specificityPercent());
            case TREATMENTS -> update("INSERT INTO treatment (item_id, modality) VALUES (?, ?)", id, item.modality());
        }
        return id;
    }

    private void updateType(Collection collection, Item item, long id) {
        switch (collection) {
            case SITES -> update("UPDATE site SET kind = ?, frequency_percent = ? WHERE item_id = ?", item.kind(),
                    item.frequency() == null ? null : item.frequency().percentOfPatients(), id);
            case PRIMARY_CANCERS -> update("UPDATE primary_cancer SET marrow_malignancy = ?, lesion_type = ?, radiosensitivity = ?,"
                    + " incidence_low = ?, incidence_high = ? WHERE item_id = ?", item.marrowMalignancy(), item.lesionType(),
                    item.radiosensitivity(), item.boneMetastasisIncidence() == null ? null : item.boneMetastasisIncidence().low(),
                    item.boneMetastasisIncidence() == null ? null : item.boneMetastasisIncidence().high(), id);
            case SYMPTOMS -> update("UPDATE symptom SET kind = ?, urgency = ? WHERE item_id = ?", item.kind(), item.urgency(), id);
            case TESTS -> update("UPDATE diagnostic_test SET category = ?, sensitivity_percent = ?, specificity_percent = ? WHERE item_id = ?",
                    item.category(), item.performance() == null ? null : item.performance().sensitivityPercent(),
                    item.performance() == null ? null : item.performance().specificityPercent(), id);
            case TREATMENTS -> update("UPDATE treatment SET modality = ? WHERE item_id = ?", item.modality(), id);
        }
    }

    private void writeTexts(Collection collection, Item item, long id) throws SQLException {
        update("INSERT INTO content_text (item_id, lang, name, summary, details) VALUES (?, ?, ?, ?, ?)",
                id, ENGLISH, item.name(), item.summary().strip(), item.details().strip());
        List<String> synonyms = item.synonyms() == null ? List.of() : item.synonyms();
        for (int i = 0; i < synonyms.size(); i++) {
            update("INSERT INTO content_synonym (item_id, lang, position, text) VALUES (?, ?, ?, ?)", id, ENGLISH, i, synonyms.get(i));
        }
        for (int i = 0; i < item.references().size(); i++) {
            update("INSERT INTO content_reference (item_id, reference_id, position) VALUES (?, ?, ?)",
                    id, referenceIds.get(item.references().get(i)), i);
        }
        if (item.codes() != null) {
            for (var code : item.codes()) {
                update("INSERT INTO content_code (item_id, system, code, display) VALUES (?, ?, ?, ?)",
                        id, code.system(), code.code(), code.display());
            }
        }
        for (var section : ContentShape.sections(collection, item).entrySet()) {
            for (int i = 0; i < section.getValue().size(); i++) {
                var statement = section.getValue().get(i);
                update("INSERT INTO content_statement (item_id, lang, section, position, text, reference_id, locator, evidence_type)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, ENGLISH, section.getKey(), i, statement.text().strip(),
                        referenceIds.get(statement.reference()), statement.locator(), statement.evidenceType());
            }
        }
        if (item.criteria() != null) {
            for (int i = 0; i < item.criteria().size(); i++) {
                insertCriterion(id, i, item.criteria().get(i));
            }
        }
        if (item.translations() != null) {
            for (var translation : item.translations().entrySet()) {
                Translation.write(connection, id, translation.getKey(), translation.getValue());
            }
        }
    }

    private void insertCriterion(long treatmentId, int position, Criterion criterion) throws SQLException {
        long id = insert("INSERT INTO selection_criterion (treatment_id, key, kind, grade, rule, reference_id, locator, evidence_type, position)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) RETURNING id", treatmentId, criterion.key(), criterion.kind(),
                criterion.grade(), criterion.rule().toString(), referenceIds.get(criterion.reference()), criterion.locator(),
                criterion.evidenceType(), position);
        update("INSERT INTO selection_criterion_text (criterion_id, lang, description) VALUES (?, ?, ?)",
                id, ENGLISH, criterion.description().strip());
    }

    private static Date last(Review review) {
        return Date.valueOf(review.lastReviewed());
    }

    private static Date next(Review review) {
        return Date.valueOf(review.nextReview());
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(sql, values); ResultSet keys = statement.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = prepare(sql, values)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Content insert failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        return statement;
    }
}

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
import org.bonemet.content.ContentLoader.Content;

/** Inserts validated content with plain JDBC: it runs inside a Flyway migration, before Hibernate starts. */
final class ContentWriter {

    private static final String ENGLISH = "en";

    private final Connection connection;
    private final Map<String, Long> referenceIds = new HashMap<>();
    private final Map<Collection, Map<String, Long>> itemIds = new HashMap<>();

    ContentWriter(Connection connection) {
        this.connection = connection;
    }

    void write(Content content) throws SQLException {
        for (ReferenceDoc ref : content.references()) {
            referenceIds.put(ref.slug(), insertReference(ref));
        }
        for (var entry : content.items().entrySet()) {
            for (Item item : entry.getValue()) {
                itemIds.computeIfAbsent(entry.getKey(), c -> new HashMap<>()).put(item.slug(), insertItem(entry.getKey(), item));
            }
        }
        Set<List<Long>> relations = new HashSet<>();
        for (var entry : content.items().entrySet()) {
            for (Item item : entry.getValue()) {
                long id = id(entry.getKey(), item.slug());
                if (entry.getKey() == Collection.SITES && item.parent() != null) {
                    update("UPDATE site SET parent_id = ? WHERE item_id = ?", id(Collection.SITES, item.parent()), id);
                }
                ContentShape.relations(entry.getKey(), item).forEach((target, slugs) -> slugs.forEach(slug -> {
                    long other = id(target, slug);
                    relations.add(List.of(Math.min(id, other), Math.max(id, other)));
                }));
            }
        }
        for (List<Long> pair : relations) {
            update("INSERT INTO content_relation (from_id, to_id) VALUES (?, ?)", pair.get(0), pair.get(1));
        }
    }

    private long insertReference(ReferenceDoc ref) throws SQLException {
        return insert("INSERT INTO reference (slug, name, citation, kind, year, url, doi, pmid, note, last_reviewed, next_review)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", ref.slug(), ref.name(), ref.citation(), ref.kind(),
                ref.year(), ref.url(), ref.doi(), ref.pmid(), ref.note(), last(ref.review()), next(ref.review()));
    }

    private long insertItem(Collection collection, Item item) throws SQLException {
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
                update("INSERT INTO content_statement (item_id, lang, section, position, text, reference_id) VALUES (?, ?, ?, ?, ?, ?)",
                        id, ENGLISH, section.getKey(), i, statement.text().strip(), referenceIds.get(statement.reference()));
            }
        }
        if (item.criteria() != null) {
            for (int i = 0; i < item.criteria().size(); i++) {
                insertCriterion(id, i, item.criteria().get(i));
            }
        }
        return id;
    }

    private void insertCriterion(long treatmentId, int position, Criterion criterion) throws SQLException {
        long id = insert("INSERT INTO selection_criterion (treatment_id, key, kind, grade, rule, reference_id, position)"
                + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id", treatmentId, criterion.key(), criterion.kind(),
                criterion.grade(), criterion.rule().toString(), referenceIds.get(criterion.reference()), position);
        update("INSERT INTO selection_criterion_text (criterion_id, lang, description) VALUES (?, ?, ?)",
                id, ENGLISH, criterion.description().strip());
    }

    private long id(Collection collection, String slug) {
        return itemIds.get(collection).get(slug);
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

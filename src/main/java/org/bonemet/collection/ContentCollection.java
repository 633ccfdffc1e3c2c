package org.bonemet.collection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bonemet.content.ContentItem;
import org.bonemet.content.RequestLanguage;
import org.bonemet.document.ContentDocument.Item;
import org.bonemet.document.ContentDocument.StatementDoc;
import org.bonemet.document.ContentDocument.TranslationDoc;

/**
 * One content collection, implemented by the feature package that owns it (sites, symptoms, tests, treatments,
 * primary cancers) and found through {@link ContentCollections}: which fields of a source document are its own,
 * its sourced sections and relations, its own checks, its rows and its reader's view. The kernel in this package
 * loads, validates, writes and publishes every collection through this interface and names none of them.
 */
public interface ContentCollection {

    /** The path segment under {@code /api/v1}, also the discriminator of {@code content_item}. */
    String path();

    /**
     * The collection's own fields besides the common ones ({@link Item#COMMON}): a record whose components are
     * the JSON members, also published as the collection's schema in the OpenAPI document.
     */
    Class<? extends Record> fieldsType();

    /** The sourced statements by section name; single sourced figures become one-statement sections. */
    Map<String, List<StatementDoc>> sections(Item item);

    /** The sections that hold one sourced figure rather than a list of statements. */
    default Set<String> figureSections() {
        return Set.of();
    }

    /** Texts a translation gives by key besides its sections (a treatment's criterion descriptions), in English. */
    default Map<String, String> criteria(Item item) {
        return Map.of();
    }

    /** The slugs the item links to, by the path of the collection they belong to. */
    Map<String, List<String>> relations(Item item);

    /** The collection's own checks of one item (enumerations, ranges, rules), after the common ones. */
    void validate(Item item, ValidationContext context, Problems problems);

    /** Checks across all items of the collection (for example that a hierarchy does not loop). */
    default void validateAll(List<Item> items, Problems problems) {
    }

    /**
     * Writes the collection's own row for the item {@code id}, created or replaced, and anything that depends on
     * the other entries of {@code knowledge}.
     */
    void writeRow(Rows rows, long id, Item item, Map<ContentCollection, List<Item>> knowledge);

    /** Writes the collection's own translated texts of the item {@code id}; its English rows are written already. */
    default void writeTranslation(Rows rows, long id, String lang, TranslationDoc translation) {
    }

    /** The detail view GET serves for a published entry in {@code lang}. */
    Optional<Object> detail(String slug, RequestLanguage lang);

    /** The list view of a published entry of this collection in {@code lang}. */
    Object summary(ContentItem item, RequestLanguage lang);

    /** The detail views of every published entry in {@code lang}, by slug: the collection's part of the bundle. */
    List<Object> details(RequestLanguage lang);

    /** The collection's field in the bundle: its path in camelCase. */
    default String bundleField() {
        return Pattern.compile("-([a-z])").matcher(path()).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
    }

    /** What an item is checked against besides itself: the slugs of the entries of every collection. */
    interface ValidationContext {
        Set<String> slugs(String collectionPath);
    }
}

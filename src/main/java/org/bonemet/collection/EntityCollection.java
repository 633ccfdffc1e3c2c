package org.bonemet.collection;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.bonemet.content.ContentItem;
import org.bonemet.content.RequestLanguage;
import org.bonemet.document.ContentDocument.Item;

/**
 * A collection whose entries are one entity type and whose own fields are the record {@code D}: renders them with the views the feature package gives, so
 * a collection states only its fields, checks and rows.
 */
public abstract class EntityCollection<E extends ContentItem, D extends Record> implements ContentCollection {

    private final Class<E> entity;
    private final Class<D> fields;
    private final BiFunction<E, RequestLanguage, Object> detail;
    private final BiFunction<E, RequestLanguage, Object> summary;

    protected EntityCollection(Class<E> entity, Class<D> fields, BiFunction<E, RequestLanguage, Object> detail,
            BiFunction<E, RequestLanguage, Object> summary) {
        this.entity = entity;
        this.fields = fields;
        this.detail = detail;
        this.summary = summary;
    }

    @Override
    public Class<D> fieldsType() {
        return fields;
    }

    /** The collection's own fields of an entry. */
    protected D fields(Item item) {
        return item.fields(fields);
    }

    @Override
    public Optional<Object> detail(String slug, RequestLanguage lang) {
        return ContentItem.findBySlug(entity, slug).map(e -> detail.apply(e, lang));
    }

    @Override
    public List<Object> details(RequestLanguage lang) {
        return ContentItem.allBySlug(entity).stream().map(e -> detail.apply(e, lang)).toList();
    }

    @Override
    public Object summary(ContentItem item, RequestLanguage lang) {
        return summary.apply(entity.cast(item), lang);
    }
}

package org.bonemet.content;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hibernate.Hibernate;

/**
 * Undirected links between items (content_relation, mapped as {@link ContentItem#linksTo} and
 * {@link ContentItem#linksFrom}); the collections of their ends say what they mean.
 */
public final class Relation {

    private Relation() {
    }

    /**
     * The items of {@code type} linked to {@code item}, ordered by slug. The links are collections of the
     * item, so rendering many items loads them in batches rather than with a query per item.
     */
    public static <T extends ContentItem> List<T> related(ContentItem item, Class<T> type) {
        return Stream.concat(item.linksTo.stream(), item.linksFrom.stream())
                .map(Hibernate::unproxy)
                .filter(type::isInstance).map(type::cast)
                .sorted(Comparator.comparing((ContentItem linked) -> linked.slug))
                .toList();
    }

    /** The items of the collection at {@code path} linked to {@code item}, ordered by slug. */
    public static List<ContentItem> related(ContentItem item, String path) {
        return related(item, ContentItem.class).stream().filter(linked -> linked.collection().equals(path)).toList();
    }
}

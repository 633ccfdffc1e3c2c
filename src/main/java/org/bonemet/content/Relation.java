package org.bonemet.content;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hibernate.proxy.HibernateProxy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An undirected link between two items; the collections of its ends say what it means. */
@Entity
@Table(name = "content_relation")
@IdClass(Relation.Key.class)
public class Relation extends PanacheEntityBase {

    @Id
    @Column(name = "from_id")
    public Long fromId;
    @Id
    @Column(name = "to_id")
    public Long toId;

    public record Key(Long fromId, Long toId) implements Serializable {
    }

    /**
     * The items of {@code type} linked to {@code item}, ordered by slug. The links are collections of the
     * item, so rendering many items loads them in batches rather than with a query per item.
     */
    public static <T extends ContentItem> List<T> related(ContentItem item, Class<T> type) {
        return Stream.concat(item.linksTo.stream(), item.linksFrom.stream())
                .map(linked -> linked instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation() : linked)
                .filter(type::isInstance).map(type::cast)
                .sorted(Comparator.comparing((ContentItem linked) -> linked.slug))
                .toList();
    }
}

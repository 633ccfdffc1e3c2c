package org.bonemet.content;

import java.io.Serializable;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
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

    /** The items of {@code type} linked to {@code item}, ordered by slug. */
    public static <T extends ContentItem> List<T> related(ContentItem item, Class<T> type) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " t where t.id in "
                        + "(select r.toId from Relation r where r.fromId = ?1) or t.id in "
                        + "(select r.fromId from Relation r where r.toId = ?1) order by t.slug", type)
                .setParameter(1, item.id)
                .getResultList();
    }
}

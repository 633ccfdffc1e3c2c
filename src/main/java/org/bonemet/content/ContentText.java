package org.bonemet.content;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "content_text")
@IdClass(ContentText.Key.class)
public class ContentText extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "item_id")
    public ContentItem item;
    @Id
    public String lang;
    public String name;
    public String summary;
    public String details;

    public record Key(Long item, String lang) implements Serializable {
    }
}

package org.bonemet.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "content_code")
public class Code extends PanacheEntityBase {

    @Id
    public Long id;
    @ManyToOne
    @JoinColumn(name = "item_id")
    public ContentItem item;
    public String system;
    public String code;
    public String display;
}

package org.bonemet.content;


import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One sourced fact in a named section of an item (red flags, limitations, dosing, ...). */
@Entity
@Table(name = "content_statement")
public class Statement extends PanacheEntityBase {

    @Id
    public Long id;
    @ManyToOne
    @JoinColumn(name = "item_id")
    public ContentItem item;
    public String lang;
    public String section;
    public int position;
    public String text;
    @ManyToOne
    @JoinColumn(name = "reference_id")
    public Reference reference;
    public String locator;
    @Column(name = "evidence_type")
    public String evidenceType;
}

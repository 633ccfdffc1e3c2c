package org.bonemet.treatment;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "selection_criterion_text")
@IdClass(CriterionText.Key.class)
public class CriterionText extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "criterion_id")
    public SelectionCriterion criterion;
    @Id
    public String lang;
    public String description;

    public record Key(Long criterion, String lang) implements Serializable {
    }
}

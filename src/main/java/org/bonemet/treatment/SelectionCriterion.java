package org.bonemet.treatment;

import java.util.ArrayList;
import java.util.List;

import org.bonemet.content.Languages;
import org.bonemet.content.Reference;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** One sourced rule of when a treatment fits; the rule is JSON in the model of content/README.md. */
@Entity
@Table(name = "selection_criterion")
public class SelectionCriterion extends PanacheEntityBase {

    @Id
    public Long id;
    @ManyToOne
    @JoinColumn(name = "treatment_id")
    public Treatment treatment;
    public String key;
    public String kind;
    public String grade;
    @JdbcTypeCode(SqlTypes.JSON)
    public String rule;
    @ManyToOne
    @JoinColumn(name = "reference_id")
    public Reference reference;
    public String locator;
    @Column(name = "evidence_type")
    public String evidenceType;
    public int position;

    @OneToMany(mappedBy = "criterion")
    public List<CriterionText> texts = new ArrayList<>();

    public String description(String lang) {
        return texts.stream().filter(t -> t.lang.equals(lang)).findFirst()
                .or(() -> texts.stream().filter(t -> t.lang.equals(Languages.DEFAULT)).findFirst())
                .map(t -> t.description).orElseThrow();
    }
}

package org.bonemet.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bonemet.content.ContentItem;
import org.bonemet.content.ContentQuery;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "treatment")
@DiscriminatorValue(TreatmentCollection.PATH)
@PrimaryKeyJoinColumn(name = "item_id")
public class Treatment extends ContentItem {

    public static final List<String> MODALITIES = List.of("systemic", "bone-modifying-agent", "radiopharmaceutical",
            "radiotherapy", "surgery", "interventional", "supportive");

    public String modality;

    @OneToMany(mappedBy = "treatment")
    @OrderBy("position")
    public List<SelectionCriterion> criteria = new ArrayList<>();

    @Override
    public String collection() {
        return TreatmentCollection.PATH;
    }

    public static Optional<Treatment> findBySlug(String slug) {
        return findBySlug(Treatment.class, slug);
    }

    public static ContentQuery<Treatment> filter(String modality) {
        return ContentQuery.of(Treatment.class).eq("modality", modality, MODALITIES);
    }
}

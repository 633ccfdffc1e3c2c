package org.bonemet.symptom;

import java.util.List;
import java.util.Optional;

import org.bonemet.content.ContentItem;
import org.bonemet.content.ContentQuery;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "symptom")
@DiscriminatorValue(SymptomCollection.PATH)
@PrimaryKeyJoinColumn(name = "item_id")
public class Symptom extends ContentItem {

    public static final List<String> KINDS = List.of("symptom", "complication", "syndrome");
    public static final List<String> URGENCIES = List.of("routine", "urgent", "emergency");

    public String kind;
    public String urgency;

    @Override
    public String collection() {
        return SymptomCollection.PATH;
    }

    public static Optional<Symptom> findBySlug(String slug) {
        return findBySlug(Symptom.class, slug);
    }

    public static ContentQuery<Symptom> filter(String kind, String urgency) {
        return ContentQuery.of(Symptom.class).eq("kind", kind, KINDS).eq("urgency", urgency, URGENCIES);
    }
}

package org.bonemet.cancer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.bonemet.content.ContentItem;
import org.bonemet.content.ContentQuery;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "primary_cancer")
@DiscriminatorValue(PrimaryCancerCollection.PATH)
@PrimaryKeyJoinColumn(name = "item_id")
public class PrimaryCancer extends ContentItem {

    public static final List<String> LESION_TYPES = List.of("osteolytic", "osteoblastic", "mixed");
    public static final List<String> RADIOSENSITIVITIES = List.of("highly-radiosensitive", "radiosensitive", "radioresistant");

    @Column(name = "marrow_malignancy")
    public boolean marrowMalignancy;
    @Column(name = "lesion_type")
    public String lesionType;
    public String radiosensitivity;
    @Column(name = "incidence_low")
    public BigDecimal incidenceLow;
    @Column(name = "incidence_high")
    public BigDecimal incidenceHigh;

    @Override
    public String collection() {
        return PrimaryCancerCollection.PATH;
    }

    public static Optional<PrimaryCancer> findBySlug(String slug) {
        return findBySlug(PrimaryCancer.class, slug);
    }

    public static ContentQuery<PrimaryCancer> filter(String lesionType, String radiosensitivity) {
        return ContentQuery.of(PrimaryCancer.class).eq("lesionType", lesionType, LESION_TYPES)
                .eq("radiosensitivity", radiosensitivity, RADIOSENSITIVITIES);
    }
}

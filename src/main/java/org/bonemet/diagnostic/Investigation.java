package org.bonemet.diagnostic;

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

/** A diagnostic test (imaging, laboratory or biopsy); served under /tests. */
@Entity
@Table(name = "diagnostic_test")
@DiscriminatorValue(DiagnosticTestCollection.PATH)
@PrimaryKeyJoinColumn(name = "item_id")
public class Investigation extends ContentItem {

    public static final List<String> CATEGORIES = List.of("imaging", "laboratory", "biopsy");

    public String category;
    @Column(name = "sensitivity_percent")
    public BigDecimal sensitivityPercent;
    @Column(name = "specificity_percent")
    public BigDecimal specificityPercent;

    @Override
    public String collection() {
        return DiagnosticTestCollection.PATH;
    }

    public static Optional<Investigation> findBySlug(String slug) {
        return findBySlug(Investigation.class, slug);
    }

    public static ContentQuery<Investigation> filter(String category) {
        return ContentQuery.of(Investigation.class).eq("category", category, CATEGORIES);
    }
}

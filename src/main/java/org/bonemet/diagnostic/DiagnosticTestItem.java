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
public class DiagnosticTestItem extends ContentItem {

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

    public static Optional<DiagnosticTestItem> findBySlug(String slug) {
        return findBySlug(DiagnosticTestItem.class, slug);
    }

    public static ContentQuery<DiagnosticTestItem> filter(String category) {
        return ContentQuery.of(DiagnosticTestItem.class).eq("category", category, CATEGORIES);
    }
}

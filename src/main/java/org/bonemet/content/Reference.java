package org.bonemet.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Reference extends PanacheEntityBase {

    public static final List<String> KINDS = List.of("guideline", "trial", "meta-analysis", "review", "textbook",
            "web-page", "code-system", "drug-label");

    @Id
    public Long id;
    public String slug;
    public String name;
    public String citation;
    public String kind;
    public Integer year;
    public String url;
    public String doi;
    public String pmid;
    public String note;
    @Column(name = "last_reviewed")
    public LocalDate lastReviewed;
    @Column(name = "next_review")
    public LocalDate nextReview;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Reference> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static ContentQuery<Reference> filter(String kind) {
        return ContentQuery.of(Reference.class).eq("kind", kind, KINDS);
    }
}

package org.bonemet.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bonemet.content.ContentItem;
import org.bonemet.content.ContentQuery;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "site")
@DiscriminatorValue(SiteCollection.PATH)
@PrimaryKeyJoinColumn(name = "item_id")
public class Site extends ContentItem {

    public static final List<String> KINDS = List.of("region", "bone", "part");

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Site parent;
    @OneToMany(mappedBy = "parent")
    @OrderBy("slug")
    public List<Site> children = new ArrayList<>();
    public String kind;
    @Column(name = "frequency_percent")
    public BigDecimal frequencyPercent;

    @Override
    public String collection() {
        return SiteCollection.PATH;
    }

    public static Optional<Site> findBySlug(String slug) {
        return findBySlug(Site.class, slug);
    }

    public static ContentQuery<Site> filter(String kind, String parent) {
        return ContentQuery.of(Site.class).fetch("parent").eq("kind", kind, KINDS).eq("parent.slug", parent, null);
    }
}

package org.bonemet.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** What every content item shares: slug, texts per language, codes, references, review and version. */
@Entity
@Table(name = "content_item")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "collection")
public abstract class ContentItem extends PanacheEntityBase {

    @Id
    public Long id;
    public String slug;
    @Column(name = "last_reviewed")
    public LocalDate lastReviewed;
    @Column(name = "next_review")
    public LocalDate nextReview;
    public int version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "item")
    public List<ContentText> texts = new ArrayList<>();

    @OneToMany(mappedBy = "item")
    @OrderBy("position")
    public List<Synonym> synonyms = new ArrayList<>();

    @OneToMany(mappedBy = "item")
    @OrderBy("section, position")
    public List<Statement> statements = new ArrayList<>();

    @OneToMany(mappedBy = "item")
    @OrderBy("system, code")
    public List<Code> codes = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "content_reference", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "reference_id"))
    @OrderColumn(name = "position")
    public List<Reference> references = new ArrayList<>();

    /** Relations are undirected and stored once per pair: the ends this item is stored as "from" of, and "to" of. */
    @ManyToMany
    @JoinTable(name = "content_relation", joinColumns = @JoinColumn(name = "from_id"), inverseJoinColumns = @JoinColumn(name = "to_id"))
    public java.util.Set<ContentItem> linksTo = new java.util.HashSet<>();

    @ManyToMany(mappedBy = "linksTo")
    public java.util.Set<ContentItem> linksFrom = new java.util.HashSet<>();

    public abstract String collection();

    /** The text in {@code lang}, else the English original (which the loader guarantees). */
    public ContentText text(String lang) {
        return texts.stream().filter(t -> t.lang.equals(lang)).findFirst()
                .or(() -> texts.stream().filter(t -> t.lang.equals(Languages.DEFAULT)).findFirst())
                .orElseThrow();
    }

    /** Synonyms in exactly {@code lang}; callers pass the language of the text they serve. */
    public List<String> synonyms(String lang) {
        return synonyms.stream().filter(s -> s.lang.equals(lang)).map(s -> s.text).toList();
    }

    /** Statements of a section in exactly {@code lang}; callers pass the language of the text they serve. */
    public List<Statement> statements(String section, String lang) {
        return statements.stream().filter(s -> s.section.equals(section) && s.lang.equals(lang)).toList();
    }

    /** The published entry of {@code type} with this slug. */
    public static <T extends ContentItem> Optional<T> findBySlug(Class<T> type, String slug) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where slug = ?1", type)
                .setParameter(1, slug)
                .getResultStream().findFirst();
    }

    /** Every published entry of {@code type}, ordered by slug. */
    public static <T extends ContentItem> List<T> allBySlug(Class<T> type) {
        return bySlug(Panache.getEntityManager(type).createQuery("from " + type.getSimpleName(), type).getResultList());
    }

    /** The items that carry a code, matched on its normalised key (see CodeFormat.key). */
    public static List<ContentItem> carrying(String system, String codeKey) {
        return Panache.getEntityManager(ContentItem.class)
                .createQuery("select distinct c.item from Code c where c.system = ?1 and c.codeKey = ?2",
                        ContentItem.class)
                .setParameter(1, system)
                .setParameter(2, codeKey)
                .getResultList().stream().sorted((a, b) -> a.slug.compareTo(b.slug)).toList();
    }

    /** The items citing each reference, by reference id, each list ordered by slug: one query for all. */
    public static java.util.Map<Long, List<ContentItem>> citingByReference() {
        java.util.Map<Long, List<ContentItem>> citing = new java.util.HashMap<>();
        Panache.getEntityManager(ContentItem.class)
                .createQuery("select r.id, i from ContentItem i join i.references r order by i.slug", Object[].class)
                .getResultList()
                .forEach(row -> citing.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((ContentItem) row[1]));
        return citing;
    }

    /** The items that cite a reference, ordered by slug. */
    public static List<ContentItem> citing(Reference reference) {
        return Panache.getEntityManager(ContentItem.class)
                .createQuery("select i from ContentItem i join i.references r where r.id = ?1 order by i.slug", ContentItem.class)
                .setParameter(1, reference.id)
                .getResultList();
    }

    /** The entries ordered by slug, as lists and the bundle show them. */
    public static <T extends ContentItem> List<T> bySlug(List<T> items) {
        return items.stream().sorted(java.util.Comparator.comparing((ContentItem i) -> i.slug)).toList();
    }
}

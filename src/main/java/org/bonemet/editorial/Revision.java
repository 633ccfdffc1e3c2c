package org.bonemet.editorial;

import java.time.OffsetDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published change of an entry; in the order of {@link #seq} the revisions are the change feed. */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    /** The cursor of the newest change (0 before any). */
    static final String LATEST_CURSOR = "SELECT coalesce(max(seq), 0) FROM revision";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    public String collection;
    public String slug;
    public int number;
    /** created, updated or deleted */
    public String action;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    /** RFC 6902 JSON Patch from the previous revision's document; none for a creation */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
    public String author;
    public String reviewer;
    @Column(name = "draft_id")
    public java.util.UUID draftId;
    @Column(name = "published_at", insertable = false, updatable = false)
    public OffsetDateTime publishedAt;
}

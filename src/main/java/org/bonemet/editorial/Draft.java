package org.bonemet.editorial;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proposed change to one entry, visible to readers only once a second person publishes it. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;
    public String collection;
    public String slug;
    /** create, update or delete */
    public String action;
    @Column(name = "base_version")
    public Integer baseVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public String document;
    public String author;
    public String status = OPEN;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    public String comment;
}

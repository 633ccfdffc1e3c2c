package org.bonemet.access;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's key: who holds it, its quotas, and the hash of its secret (never the secret). */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String contact;
    @Column(name = "secret_hash")
    public byte[] secretHash;
    @Column(name = "previous_secret_hash")
    public byte[] previousSecretHash;
    @Column(name = "previous_valid_until")
    public OffsetDateTime previousValidUntil;
    @Column(name = "quota_per_minute")
    public int quotaPerMinute;
    @Column(name = "quota_per_day")
    public int quotaPerDay;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "rotated_at")
    public OffsetDateTime rotatedAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;

    /** active, expired or revoked, at {@code now}. */
    public String status(OffsetDateTime now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? "expired" : "active";
    }
}

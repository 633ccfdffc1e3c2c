package org.bonemet.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bonemet.content.Views;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The records of the partner-key administration. */
public final class AccessViews {

    private AccessViews() {
    }

    @Schema(name = "ApiKeyInput", description = "A new partner key: who holds it and what it may use.")
    public record ApiKeyInput(
            @NotBlank @Size(max = 100) @Schema(example = "Bone Health App (Example Clinic)", maxLength = 100) String name,
            @NotBlank @Size(max = 200) @Schema(example = "api-team@clinic.example", maxLength = 200,
                    description = "Whom to reach about this key: an e-mail address or a web page.") String contact,
            @NotNull @Min(1) @Max(1_000_000) @Schema(example = "1200", minimum = "1", maximum = "1000000",
                    description = "Requests per minute (token bucket, refilled evenly over the minute).") Integer quotaPerMinute,
            @NotNull @Min(1) @Max(100_000_000) @Schema(example = "200000", minimum = "1", maximum = "100000000",
                    description = "Requests per UTC day; the full quota comes back at midnight UTC.") Integer quotaPerDay,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"), example = "2027-12-31T23:59:59Z",
                    description = "When the key stops working; it must lie in the future. Without it the key works until revoked.")
            OffsetDateTime expiresAt) {
    }

    @Schema(name = "ApiKey", description = "A partner key as administrators see it; the secret is never shown again after it is issued.")
    public record ApiKeyView(
            @Schema(example = "k3v9q2m7x1ab", pattern = "^[a-z0-9]{12}$",
                    description = "The key's public id: the part between bmk_ and the secret; used in metrics.") String id,
            String name, String contact, int quotaPerMinute, int quotaPerDay,
            @Schema(enumeration = { "active", "expired", "revoked" }) String status,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) OffsetDateTime expiresAt,
            OffsetDateTime createdAt, String createdBy,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) OffsetDateTime rotatedAt,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true"),
                    description = "Until when the secret before the last rotation still works.") OffsetDateTime previousSecretValidUntil,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) OffsetDateTime revokedAt,
            @Schema(extensions = @Extension(name = Views.OPTIONAL, value = "true")) String revokedBy,
            @Schema(example = "/api/v1/admin/api-keys/k3v9q2m7x1ab") String href) {

        static ApiKeyView of(ApiKey key, OffsetDateTime now) {
            return new ApiKeyView(key.id, key.name, key.contact, key.quotaPerMinute, key.quotaPerDay, key.status(now), key.expiresAt,
                    key.createdAt, key.createdBy, key.rotatedAt,
                    key.previousValidUntil != null && key.previousValidUntil.isAfter(now) ? key.previousValidUntil : null,
                    key.revokedAt, key.revokedBy, Views.API + "/admin/api-keys/" + key.id);
        }
    }

    @Schema(name = "IssuedApiKey", description = "A key with its secret, shown this once: store it now, it cannot be read again.")
    public record IssuedKey(
            @Schema(example = "bmk_k3v9q2m7x1ab_Xq0Vb2w9yJ6tLr4Nn8Kc1Pz5Hs3Dg7Fe0Ua2Mi6Ot9R", pattern = "^bmk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$",
                    description = "Send it as the X-API-Key header.")
            String secret, ApiKeyView key) {
    }

    @Schema(name = "ApiKeyUsage", description = "Requests sent with one key, per UTC day, oldest first; days without requests are left out.")
    public record UsageView(@Schema(pattern = "^[a-z0-9]{12}$") String keyId, LocalDate from, LocalDate to, List<UsageDay> days) {
    }

    @Schema(name = "ApiKeyUsageDay")
    public record UsageDay(LocalDate day, @Schema(description = "Requests let through.") long allowed,
            @Schema(description = "Requests refused: over quota, or sent after the key was revoked or expired.") long refused) {
    }
}

-- Partner API keys: the secret is stored only as its SHA-256 hash; a rotation may keep the previous secret valid
-- for a grace period. Keys are revoked, never deleted, so that their usage stays attributable.
CREATE TABLE api_key (
    id                   text        PRIMARY KEY,
    name                 text        NOT NULL,
    contact              text        NOT NULL,
    secret_hash          bytea       NOT NULL,
    previous_secret_hash bytea,
    previous_valid_until timestamptz,
    quota_per_minute     integer     NOT NULL CHECK (quota_per_minute > 0),
    quota_per_day        integer     NOT NULL CHECK (quota_per_day > 0),
    expires_at           timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           text        NOT NULL,
    rotated_at           timestamptz,
    revoked_at           timestamptz,
    revoked_by           text
);

-- Requests per key and UTC day, added to by every replica.
CREATE TABLE api_key_usage (
    key_id   text   NOT NULL REFERENCES api_key (id),
    day      date   NOT NULL,
    allowed  bigint NOT NULL DEFAULT 0,
    refused  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day)
);

-- The token buckets of the rate limit, shared by all replicas (bucket4j's PostgreSQL layout); expires_at is in
-- epoch milliseconds, after which a full bucket is removed.
CREATE TABLE rate_limit_bucket (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);

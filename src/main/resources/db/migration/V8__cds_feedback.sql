-- What clinicians did with the CDS Hooks cards (POST /cds-services/{id}/feedback), kept for analytics only.
CREATE TABLE cds_feedback (
    id                   bigserial   PRIMARY KEY,
    service              text        NOT NULL,
    card                 text        NOT NULL,
    outcome              text        NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
    accepted_suggestions text[]      NOT NULL DEFAULT '{}',
    override_reason      jsonb,
    user_comment         text,
    outcome_at           timestamptz NOT NULL,
    client               text        NOT NULL,
    received_at          timestamptz NOT NULL DEFAULT now()
);
